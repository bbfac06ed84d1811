import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "square-oauth-secret",
  title: "Square OAuth application secret",
  provider: "Square",
  what: "A Square OAuth application secret",
  gitleaks: "square-secret",
  prefix: "sq0csp-",
  body: "[A-Za-z0-9_-]",
  length: 43,
  fake: seq("sq0csp-", [BASE64URL, 43]),
});

export const meta = rule.meta;
