import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "shopify-shared-secret",
  title: "Shopify shared secret",
  provider: "Shopify",
  what: "A Shopify shared secret",
  gitleaks: "shopify-shared-secret",
  prefix: "shpss_",
  body: "[a-fA-F0-9]",
  length: 32,
  fake: seq("shpss_", [HEX, 32]),
});

export const meta = rule.meta;
