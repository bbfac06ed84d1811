import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-pat",
  title: "GitLab personal access token",
  provider: "GitLab",
  what: "A GitLab personal access token",
  gitleaks: ["gitlab-pat","gitlab-pat-routable"],
  prefix: "glpat-",
  body: "[A-Za-z0-9_-]",
  length: [20,200],
  suffix: "(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?",
  fake: seq("glpat-", [BASE64URL, 20]),
});

export const meta = rule.meta;
