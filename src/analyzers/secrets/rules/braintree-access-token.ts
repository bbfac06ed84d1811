import { patternRule } from '../engine/rule.js';
import { seq, HEX, LOWER_NUM } from '../engine/fake.js';

export const rule = patternRule({
  name: "braintree-access-token",
  title: "PayPal Braintree access token",
  provider: "PayPal Braintree",
  what: "A PayPal Braintree access token",
  pattern: "(?<secret>access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$(?<body>[a-f0-9]{32}))",
  keywords: ["access_token$"],
  minEntropy: 3,
  fake: seq('access_token$production$', [LOWER_NUM, 16], '$', [HEX, 32]),
});

export const meta = rule.meta;
