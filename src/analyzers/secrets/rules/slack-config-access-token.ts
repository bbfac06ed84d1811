import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "slack-config-access-token",
  title: "Slack configuration access token",
  provider: "Slack",
  what: "A Slack configuration access token",
  gitleaks: "slack-config-access-token",
  prefix: "xoxe\\.xox[bp]-[0-9]-",
  body: "[A-Za-z0-9]",
  length: [140,170],
  keywords: ["xoxe.xox"],
  fake: seq('xoxe.xoxp-1-', [ALNUM, 163]),
});

export const meta = rule.meta;
