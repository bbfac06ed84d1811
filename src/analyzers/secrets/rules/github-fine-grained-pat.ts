import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "github-fine-grained-pat",
  title: "GitHub fine-grained personal access token",
  provider: "GitHub",
  what: "A GitHub fine-grained personal access token",
  gitleaks: "github-fine-grained-pat",
  prefix: "github_pat_",
  body: "[A-Za-z0-9_]",
  length: 82,
  verifier: 'github',
  fake: seq('github_pat_', [ALNUM, 22], '_', [ALNUM, 59]),
});

export const meta = rule.meta;
