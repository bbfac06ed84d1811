import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "square-access-token",
  title: "Square access token",
  provider: "Square",
  what: "A Square access token",
  gitleaks: "square-access-token",
  prefix: "EAAA",
  body: "[A-Za-z0-9_-]",
  length: 60,
  fake: seq("EAAA", [BASE64URL, 60]),
});

export const meta = rule.meta;
