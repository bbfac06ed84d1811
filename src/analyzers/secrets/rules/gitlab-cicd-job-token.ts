import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "gitlab-cicd-job-token",
  title: "GitLab CI/CD job token",
  provider: "GitLab",
  what: "A GitLab CI/CD job token",
  gitleaks: "gitlab-cicd-job-token",
  prefix: "glcbt-",
  body: "[A-Za-z0-9_-]",
  length: [20,64],
  keywords: ["glcbt-"],
  fake: seq('glcbt-', [BASE64URL, 24]),
});

export const meta = rule.meta;
