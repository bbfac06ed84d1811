import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-runner-token",
  title: "GitLab runner authentication token",
  provider: "GitLab",
  what: "A GitLab runner authentication token",
  gitleaks: ["gitlab-rrt","gitlab-runner-authentication-token-routable"],
  prefix: "glrt-",
  body: "[A-Za-z0-9_-]",
  length: [20,200],
  suffix: "(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?",
  fake: seq("glrt-", [BASE64URL, 20]),
});

export const meta = rule.meta;
