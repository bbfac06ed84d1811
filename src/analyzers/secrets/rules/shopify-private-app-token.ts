import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "shopify-private-app-token",
  title: "Shopify private app access token",
  provider: "Shopify",
  what: "A Shopify private app access token",
  gitleaks: "shopify-private-app-access-token",
  prefix: "shppa_",
  body: "[a-fA-F0-9]",
  length: 32,
  fake: seq("shppa_", [HEX, 32]),
});

export const meta = rule.meta;
