import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "vault-batch-token",
  title: "HashiCorp Vault batch token",
  provider: "HashiCorp Vault",
  what: "A HashiCorp Vault batch token",
  gitleaks: "vault-batch-token",
  prefix: "hvb\\.",
  body: "[A-Za-z0-9_-]",
  length: [138,300],
  fake: seq("hvb.", [BASE64URL, 140]),
});

export const meta = rule.meta;
