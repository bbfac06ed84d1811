import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-pipeline-trigger-token",
  title: "GitLab pipeline trigger token",
  provider: "GitLab",
  what: "A GitLab pipeline trigger token",
  gitleaks: "gitlab-ptt",
  prefix: "glptt-",
  body: "[a-f0-9]",
  length: 40,
  fake: seq("glptt-", [HEX, 40]),
});

export const meta = rule.meta;
