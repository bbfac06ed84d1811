import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "stripe-secret-key",
  title: "Stripe live secret key",
  provider: "Stripe",
  what: "A Stripe live secret key",
  severity: 'critical',
  gitleaks: "stripe-access-token",
  prefix: "sk_live_",
  body: "[A-Za-z0-9]",
  length: [24,247],
  verifier: 'stripe',
  fake: seq("sk_live_", [ALNUM, 24]),
});

export const meta = rule.meta;
