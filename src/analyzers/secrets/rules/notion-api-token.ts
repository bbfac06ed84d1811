import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM, DIGITS } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "notion-api-token",
  title: "Notion integration token",
  provider: "Notion",
  what: "A Notion integration token",
  gitleaks: "notion-api-token",
  prefix: "ntn_",
  body: "[0-9]",
  length: 11,
  suffix: "(?<body>[A-Za-z0-9]{35})",
  minEntropy: 2,
  fake: seq('ntn_', [DIGITS, 11], [ALNUM, 35]),
});

export const meta = rule.meta;
