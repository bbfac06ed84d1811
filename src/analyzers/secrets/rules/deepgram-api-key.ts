import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "deepgram-api-key",
  title: "Deepgram API key",
  provider: "Deepgram",
  what: "A Deepgram API key",
  names: ["deepgram"],
  value: "[a-f0-9]{40}",
  fake: seq([HEX, 40]),
});

export const meta = rule.meta;
