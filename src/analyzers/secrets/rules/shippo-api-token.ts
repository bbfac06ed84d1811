import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "shippo-api-token",
  title: "Shippo API token",
  provider: "Shippo",
  what: "A Shippo API token",
  gitleaks: "shippo-api-token",
  prefix: "shippo_(?:live|test)_",
  body: "[a-f0-9]",
  length: 40,
  keywords: ["shippo_"],
  fake: seq('shippo_live_', [HEX, 40]),
});

export const meta = rule.meta;
