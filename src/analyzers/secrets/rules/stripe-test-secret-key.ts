import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "stripe-test-secret-key",
  title: "Stripe test-mode secret key",
  provider: "Stripe",
  what: "A Stripe test-mode secret key",
  severity: 'medium',
  gitleaks: "stripe-access-token",
  prefix: "sk_test_",
  body: "[A-Za-z0-9]",
  length: [24,247],
  verifier: 'stripe',
  fake: seq("sk_test_", [ALNUM, 24]),
});

export const meta = rule.meta;
