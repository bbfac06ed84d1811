import { prefixedRule } from '../engine/rule.js';
import { seq, HEX, DIGITS } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "slack-user-token",
  title: "Slack user token",
  provider: "Slack",
  what: "A Slack user token",
  gitleaks: "slack-user-token",
  prefix: "xox[pe]-",
  body: "[0-9]",
  length: [10,13],
  keywords: ["xoxp-","xoxe-"],
  suffix: "-[0-9]{10,13}-[0-9]{10,13}-(?<body>[a-f0-9]{32})",
  minEntropy: 2,
  verifier: 'slack',
  fake: seq('xoxp-', [DIGITS, 12], '-', [DIGITS, 12], '-', [DIGITS, 12], '-', [HEX, 32]),
});

export const meta = rule.meta;
