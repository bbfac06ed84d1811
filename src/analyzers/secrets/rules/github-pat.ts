import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { githubChecksumOk } from '../engine/checksum.js';

export const rule = prefixedRule({
  name: "github-pat",
  title: "GitHub personal access token (classic)",
  provider: "GitHub",
  what: "A GitHub personal access token (classic)",
  gitleaks: "github-pat",
  prefix: "ghp_",
  body: "[A-Za-z0-9]",
  length: 36,
  validate: (s) => (githubChecksumOk(s) ? undefined : 'bad-checksum'),
  verifier: 'github',
  fake: seq("ghp_", [ALNUM, 36]),
});

export const meta = rule.meta;
