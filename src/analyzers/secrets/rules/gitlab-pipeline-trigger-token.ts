import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-pipeline-trigger-token",
  title: "GitLab pipeline trigger token",
  provider: "GitLab",
  what: "A GitLab pipeline trigger token",
  gitleaks: "gitlab-ptt",
  prefix: "glptt-",
  body: "[A-Za-z0-9_-]",
  length: 40,
  fake: seq("glptt-", [BASE64URL, 40]),
});

export const meta = rule.meta;
