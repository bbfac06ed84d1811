import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "stripe-webhook-secret",
  title: "Stripe webhook signing secret",
  provider: "Stripe",
  what: "A Stripe webhook signing secret",
  severity: 'medium',
  prefix: "whsec_",
  body: "[A-Za-z0-9]",
  length: [32,64],
  fake: seq("whsec_", [ALNUM, 32]),
});

export const meta = rule.meta;
