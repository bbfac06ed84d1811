import { prefixedRule } from '../engine/rule.js';
import { seq, HEX, UPPER_NUM, DIGITS } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "slack-app-token",
  title: "Slack app-level token",
  provider: "Slack",
  what: "A Slack app-level token",
  gitleaks: "slack-app-token",
  prefix: "xapp-[0-9]-",
  body: "[A-Z0-9]",
  length: [9,11],
  keywords: ["xapp-"],
  suffix: "-[0-9]{13}-(?<body>[a-f0-9]{64})",
  minEntropy: 2,
  fake: seq('xapp-1-A', [UPPER_NUM, 10], '-', [DIGITS, 13], '-', [HEX, 64]),
});

export const meta = rule.meta;
