import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { githubChecksumOk } from '../engine/checksum.js';

export const rule = prefixedRule({
  name: "github-oauth-token",
  title: "GitHub OAuth access token",
  provider: "GitHub",
  what: "A GitHub OAuth access token",
  gitleaks: "github-oauth",
  prefix: "gho_",
  body: "[A-Za-z0-9]",
  length: 36,
  validate: (s) => (githubChecksumOk(s) ? undefined : 'bad-checksum'),
  verifier: 'github',
  fake: seq("gho_", [ALNUM, 36]),
});

export const meta = rule.meta;
