import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "shopify-custom-app-token",
  title: "Shopify custom app access token",
  provider: "Shopify",
  what: "A Shopify custom app access token",
  gitleaks: "shopify-custom-app-access-token",
  prefix: "shpca_",
  body: "[a-fA-F0-9]",
  length: 32,
  fake: seq("shpca_", [HEX, 32]),
});

export const meta = rule.meta;
