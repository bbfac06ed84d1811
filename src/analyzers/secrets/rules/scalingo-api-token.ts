import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "scalingo-api-token",
  title: "Scalingo API token",
  provider: "Scalingo",
  what: "A Scalingo API token",
  gitleaks: "scalingo-api-token",
  prefix: "tk-us-",
  body: "[A-Za-z0-9_-]",
  length: 48,
  fake: seq("tk-us-", [BASE64URL, 48]),
});

export const meta = rule.meta;
