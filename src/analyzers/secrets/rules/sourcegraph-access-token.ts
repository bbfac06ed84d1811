import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "sourcegraph-access-token",
  title: "Sourcegraph access token",
  provider: "Sourcegraph",
  what: "A Sourcegraph access token",
  gitleaks: "sourcegraph-access-token",
  prefix: "sgp_(?:[a-fA-F0-9]{16}_|local_)?",
  body: "[a-fA-F0-9]",
  length: 40,
  keywords: ["sgp_"],
  fake: seq('sgp_', [HEX, 16], '_', [HEX, 40]),
});

export const meta = rule.meta;
