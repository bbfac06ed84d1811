import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "paypal-client-secret",
  title: "PayPal REST client secret",
  provider: "PayPal",
  what: "A PayPal REST client secret",
  names: ["paypal"],
  value: "[A-Za-z0-9_-]{80}",
  fake: seq('E', [BASE64URL, 79]),
});

export const meta = rule.meta;
