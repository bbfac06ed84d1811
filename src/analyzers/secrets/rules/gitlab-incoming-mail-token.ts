import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-incoming-mail-token",
  title: "GitLab incoming mail token",
  provider: "GitLab",
  what: "A GitLab incoming mail token",
  gitleaks: "gitlab-incoming-mail-token",
  prefix: "glimt-",
  body: "[A-Za-z0-9_-]",
  length: 25,
  fake: seq("glimt-", [BASE64URL, 25]),
});

export const meta = rule.meta;
