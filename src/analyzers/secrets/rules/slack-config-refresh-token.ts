import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "slack-config-refresh-token",
  title: "Slack configuration refresh token",
  provider: "Slack",
  what: "A Slack configuration refresh token",
  gitleaks: "slack-config-refresh-token",
  prefix: "xoxe-[0-9]-",
  body: "[A-Za-z0-9]",
  length: [140,160],
  keywords: ["xoxe-"],
  fake: seq('xoxe-1-', [ALNUM, 146]),
});

export const meta = rule.meta;
