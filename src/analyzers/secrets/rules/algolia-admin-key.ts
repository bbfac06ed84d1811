import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "algolia-admin-key",
  title: "Algolia admin API key",
  provider: "Algolia",
  what: "A Algolia admin API key",
  gitleaks: "algolia-api-key",
  names: ["algolia"],
  value: "[a-f0-9]{32}",
  fake: seq([HEX, 32]),
});

export const meta = rule.meta;
