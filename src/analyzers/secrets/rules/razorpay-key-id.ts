import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "razorpay-key-id",
  title: "Razorpay live key id",
  provider: "Razorpay",
  what: "A Razorpay live key id",
  severity: 'medium',
  prefix: "rzp_live_",
  body: "[A-Za-z0-9]",
  length: 14,
  fake: seq("rzp_live_", [ALNUM, 14]),
});

export const meta = rule.meta;
