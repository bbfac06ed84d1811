import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "together-api-key",
  title: "Together AI API key",
  provider: "Together AI",
  what: "A Together AI API key",
  names: ["together"],
  value: "[a-f0-9]{64}",
  fake: seq([HEX, 64]),
});

export const meta = rule.meta;
