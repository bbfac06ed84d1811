import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { githubChecksumOk } from '../engine/checksum.js';

export const rule = prefixedRule({
  name: "github-refresh-token",
  title: "GitHub refresh token",
  provider: "GitHub",
  what: "A GitHub refresh token",
  gitleaks: "github-refresh-token",
  prefix: "ghr_",
  body: "[A-Za-z0-9]",
  length: 36,
  validate: (s) => (githubChecksumOk(s) ? undefined : 'bad-checksum'),
  verifier: 'github',
  fake: seq("ghr_", [ALNUM, 36]),
});

export const meta = rule.meta;
