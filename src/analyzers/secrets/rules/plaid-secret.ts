import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "plaid-secret",
  title: "Plaid API secret",
  provider: "Plaid",
  what: "A Plaid API secret",
  gitleaks: "plaid-secret-key",
  names: ["plaid"],
  value: "[a-f0-9]{30}",
  fake: seq([HEX, 30]),
});

export const meta = rule.meta;
