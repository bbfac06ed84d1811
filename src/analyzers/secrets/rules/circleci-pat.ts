import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "circleci-pat",
  title: "CircleCI personal API token",
  provider: "CircleCI",
  what: "A CircleCI personal API token",
  prefix: "CCIPAT_",
  body: "[A-Za-z0-9]",
  length: 22,
  suffix: "_(?<body>[a-f0-9]{40})",
  fake: seq('CCIPAT_', [ALNUM, 22], '_', [HEX, 40]),
});

export const meta = rule.meta;
