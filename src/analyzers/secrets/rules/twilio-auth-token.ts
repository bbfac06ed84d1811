import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "twilio-auth-token",
  title: "Twilio auth token",
  provider: "Twilio",
  what: "A Twilio auth token",
  names: ["twilio"],
  value: "[a-f0-9]{32}",
  fake: seq([HEX, 32]),
});

export const meta = rule.meta;
