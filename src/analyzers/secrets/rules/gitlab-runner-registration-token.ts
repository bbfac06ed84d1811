import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-runner-registration-token",
  title: "GitLab runner registration token",
  provider: "GitLab",
  what: "A GitLab runner registration token",
  gitleaks: "gitlab-rrt",
  prefix: "GR1348941",
  body: "[A-Za-z0-9_-]",
  length: [20,50],
  fake: seq("GR1348941", [BASE64URL, 20]),
});

export const meta = rule.meta;
