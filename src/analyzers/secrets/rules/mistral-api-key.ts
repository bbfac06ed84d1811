import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "mistral-api-key",
  title: "Mistral AI API key",
  provider: "Mistral AI",
  what: "A Mistral AI API key",
  names: ["mistral"],
  value: "[A-Za-z0-9]{32}",
  fake: seq([ALNUM, 32]),
});

export const meta = rule.meta;
