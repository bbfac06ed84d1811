import { prefixedRule } from '../engine/rule.js';
import { seq, HEX, DIGITS } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "slack-legacy-token",
  title: "Slack legacy token",
  provider: "Slack",
  what: "A Slack legacy token",
  gitleaks: ["slack-legacy-token","slack-legacy-workspace-token"],
  prefix: "xox[aboprs]-",
  body: "[0-9]",
  length: [1,13],
  keywords: ["xoxo-","xoxs-","xoxa-","xoxr-","xoxb-","xoxp-"],
  suffix: "(?:-[0-9]{1,13}){0,3}-(?<body>[A-Za-z0-9]{8,64})(?![A-Za-z0-9#*-])",
  minEntropy: 0,
  validate: (s) => { const ids = s.split('-').slice(1, -1); return ids.length >= 2 && new Set(ids).size === 1 ? 'repeated-ids' : undefined; },
  fallback: true,
  fake: seq('xoxs-', [DIGITS, 10], '-', [DIGITS, 10], '-', [DIGITS, 10], '-', [HEX, 32]),
});

export const meta = rule.meta;
