import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-oauth-app-secret",
  title: "GitLab OAuth application secret",
  provider: "GitLab",
  what: "A GitLab OAuth application secret",
  gitleaks: "gitlab-oauth-app-secret",
  prefix: "gloas-",
  body: "[A-Za-z0-9_-]",
  length: 64,
  fake: seq("gloas-", [BASE64URL, 64]),
});

export const meta = rule.meta;
