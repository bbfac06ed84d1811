import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "vault-service-token",
  title: "HashiCorp Vault service token",
  provider: "HashiCorp Vault",
  what: "A HashiCorp Vault service token",
  gitleaks: "vault-service-token",
  prefix: "hvs\\.",
  body: "[A-Za-z0-9_-]",
  length: [90,120],
  fake: seq("hvs.", [BASE64URL, 95]),
});

export const meta = rule.meta;
