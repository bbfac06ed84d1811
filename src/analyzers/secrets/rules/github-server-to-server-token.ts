import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { githubChecksumOk } from '../engine/checksum.js';

export const rule = prefixedRule({
  name: "github-server-to-server-token",
  title: "GitHub App installation token",
  provider: "GitHub",
  what: "A GitHub App installation token",
  gitleaks: "github-app-token",
  prefix: "ghs_",
  body: "[A-Za-z0-9]",
  length: 36,
  validate: (s) => (githubChecksumOk(s) ? undefined : 'bad-checksum'),
  verifier: 'github',
  fake: seq("ghs_", [ALNUM, 36]),
});

export const meta = rule.meta;
