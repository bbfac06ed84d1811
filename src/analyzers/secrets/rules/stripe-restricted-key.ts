import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "stripe-restricted-key",
  title: "Stripe restricted key",
  provider: "Stripe",
  what: "A Stripe restricted key",
  gitleaks: "stripe-access-token",
  prefix: "rk_(?:live|test|prod)_",
  body: "[A-Za-z0-9]",
  length: [24,247],
  keywords: ["rk_live_","rk_test_","rk_prod_"],
  verifier: 'stripe',
  fake: seq('rk_live_', [ALNUM, 99]),
});

export const meta = rule.meta;
