import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "atlassian-api-token",
  title: "Atlassian API token (Jira, Confluence)",
  provider: "Atlassian",
  what: "A Atlassian API token (Jira, Confluence)",
  gitleaks: "atlassian-api-token",
  prefix: "ATATT3",
  body: "[A-Za-z0-9_=-]",
  length: 186,
  fake: seq("ATATT3", [BASE64URL, 186]),
});

export const meta = rule.meta;
