import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "stripe-secret-key",
  title: "Stripe live secret key",
  provider: "Stripe",
  what: "A Stripe live secret key",
  severity: 'critical',
  gitleaks: "stripe-access-token",
  prefix: "sk_(?:live|prod)_",
  body: "[A-Za-z0-9]",
  length: [24,247],
  keywords: ["sk_live_","sk_prod_"],
  verifier: 'stripe',
  fake: seq('sk_live_', [ALNUM, 99]),
});

export const meta = rule.meta;
