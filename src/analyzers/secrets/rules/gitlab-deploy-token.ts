import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-deploy-token",
  title: "GitLab deploy token",
  provider: "GitLab",
  what: "A GitLab deploy token",
  gitleaks: "gitlab-deploy-token",
  prefix: "gldt-",
  body: "[A-Za-z0-9_-]",
  length: 20,
  fake: seq("gldt-", [BASE64URL, 20]),
});

export const meta = rule.meta;
