import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-agent-token",
  title: "GitLab Kubernetes agent token",
  provider: "GitLab",
  what: "A GitLab Kubernetes agent token",
  gitleaks: "gitlab-kubernetes-agent-token",
  prefix: "glagent-",
  body: "[A-Za-z0-9_-]",
  length: [50,120],
  fake: seq("glagent-", [BASE64URL, 50]),
});

export const meta = rule.meta;
