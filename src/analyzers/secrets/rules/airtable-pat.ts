import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "airtable-pat",
  title: "Airtable personal access token",
  provider: "Airtable",
  what: "A Airtable personal access token",
  gitleaks: "airtable-api-key",
  prefix: "pat",
  body: "[A-Za-z0-9]",
  length: 14,
  suffix: "\\.(?<body>[a-f0-9]{64})",
  minEntropy: 2.5,
  fake: seq('pat', [ALNUM, 14], '.', [HEX, 64]),
});

export const meta = rule.meta;
