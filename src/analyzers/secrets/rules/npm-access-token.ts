import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { npmChecksumOk } from '../engine/checksum.js';

export const rule = prefixedRule({
  name: "npm-access-token",
  title: "npm access token",
  provider: "npm",
  what: "A npm access token",
  gitleaks: "npm-access-token",
  prefix: "npm_",
  body: "[A-Za-z0-9]",
  length: 36,
  validate: (s) => (npmChecksumOk(s) ? undefined : 'bad-checksum'),
  fake: seq("npm_", [ALNUM, 36]),
});

export const meta = rule.meta;
