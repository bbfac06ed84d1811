import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "duffel-api-token",
  title: "Duffel API token",
  provider: "Duffel",
  what: "A Duffel API token",
  gitleaks: "duffel-api-token",
  prefix: "duffel_(?:test|live)_",
  body: "[A-Za-z0-9_=-]",
  length: 43,
  keywords: ["duffel_"],
  fake: seq('duffel_live_', [BASE64URL, 43]),
});

export const meta = rule.meta;
