import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "twilio-api-key",
  title: "Twilio API key",
  provider: "Twilio",
  what: "A Twilio API key",
  gitleaks: "twilio-api-key",
  prefix: "SK",
  body: "[0-9a-fA-F]",
  length: 32,
  keywords: ["sk"],
  minEntropy: 3.2,
  fake: seq("SK", [HEX, 32]),
});

export const meta = rule.meta;
