import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "shopify-access-token",
  title: "Shopify access token",
  provider: "Shopify",
  what: "A Shopify access token",
  gitleaks: "shopify-access-token",
  prefix: "shpat_",
  body: "[a-fA-F0-9]",
  length: 32,
  fake: seq("shpat_", [HEX, 32]),
});

export const meta = rule.meta;
