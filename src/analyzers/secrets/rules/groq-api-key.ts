import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "groq-api-key",
  title: "Groq API key",
  provider: "Groq",
  what: "A Groq API key",
  prefix: "gsk_",
  body: "[A-Za-z0-9]",
  length: 52,
  fake: seq("gsk_", [ALNUM, 52]),
});

export const meta = rule.meta;
