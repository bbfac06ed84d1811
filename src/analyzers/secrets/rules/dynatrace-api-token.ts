import { prefixedRule } from '../engine/rule.js';
import { seq, UPPER_NUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "dynatrace-api-token",
  title: "Dynatrace API token",
  provider: "Dynatrace",
  what: "A Dynatrace API token",
  gitleaks: "dynatrace-api-token",
  prefix: "dt0c01\\.",
  body: "[A-Z0-9]",
  length: 24,
  suffix: "\\.(?<body>[A-Z0-9]{64})",
  fake: seq('dt0c01.', [UPPER_NUM, 24], '.', [UPPER_NUM, 64]),
});

export const meta = rule.meta;
