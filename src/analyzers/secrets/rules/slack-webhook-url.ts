import { patternRule } from '../engine/rule.js';
import { seq, ALNUM, UPPER_NUM } from '../engine/fake.js';

export const rule = patternRule({
  name: "slack-webhook-url",
  title: "Slack incoming webhook URL",
  provider: "Slack",
  what: "A Slack incoming webhook URL",
  gitleaks: "slack-webhook-url",
  pattern: "(?<secret>https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<body>[A-Za-z0-9+/]{43,120}))(?![A-Za-z0-9+/])",
  keywords: ["hooks.slack.com"],
  minEntropy: 3,
  fake: seq('https://hooks.slack.com/services/T', [UPPER_NUM, 8], '/B', [UPPER_NUM, 8], '/', [ALNUM, 24]),
});

export const meta = rule.meta;
