import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "vault-legacy-token",
  title: "HashiCorp Vault token (legacy s.)",
  provider: "HashiCorp Vault",
  what: "A HashiCorp Vault token (legacy s.)",
  gitleaks: "vault-service-token",
  names: ["vault","token"],
  value: "s\\.[A-Za-z0-9]{24}",
  validate: (s) => (/[a-z]/.test(s.slice(2)) && /[A-Z]/.test(s.slice(2)) && /[0-9]/.test(s.slice(2)) ? undefined : 'not-mixed-case'),
  fake: seq('s.', [ALNUM, 24]),
});

export const meta = rule.meta;
