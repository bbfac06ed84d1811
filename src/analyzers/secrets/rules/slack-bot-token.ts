import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM, DIGITS } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "slack-bot-token",
  title: "Slack bot token",
  provider: "Slack",
  what: "A Slack bot token",
  gitleaks: ["slack-bot-token","slack-legacy-bot-token"],
  prefix: "xoxb-",
  body: "[0-9]",
  length: [10,13],
  suffix: "-(?:[0-9]{10,13}-)?(?<body>[A-Za-z0-9]{18,34})",
  minEntropy: 2,
  verifier: 'slack',
  fake: seq('xoxb-', [DIGITS, 12], '-', [DIGITS, 13], '-', [ALNUM, 24]),
});

export const meta = rule.meta;
