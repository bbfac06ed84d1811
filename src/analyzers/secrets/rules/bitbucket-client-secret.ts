import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "bitbucket-client-secret",
  title: "Bitbucket OAuth client secret",
  provider: "Bitbucket",
  what: "A Bitbucket OAuth client secret",
  gitleaks: "bitbucket-client-secret",
  names: ["bitbucket"],
  value: "[A-Za-z0-9_=-]{64}",
  fake: seq([BASE64URL, 64]),
});

export const meta = rule.meta;
