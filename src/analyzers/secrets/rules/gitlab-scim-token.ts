import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-scim-token",
  title: "GitLab SCIM token",
  provider: "GitLab",
  what: "A GitLab SCIM token",
  gitleaks: "gitlab-scim-token",
  prefix: "glsoat-",
  body: "[A-Za-z0-9_-]",
  length: [20,50],
  fake: seq("glsoat-", [BASE64URL, 20]),
});

export const meta = rule.meta;
