import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-feed-token",
  title: "GitLab feed token",
  provider: "GitLab",
  what: "A GitLab feed token",
  gitleaks: "gitlab-feed-token",
  prefix: "glft-",
  body: "[A-Za-z0-9_-]",
  length: 20,
  fake: seq("glft-", [BASE64URL, 20]),
});

export const meta = rule.meta;
