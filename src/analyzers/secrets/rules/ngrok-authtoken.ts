import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "ngrok-authtoken",
  title: "ngrok authtoken",
  provider: "ngrok",
  what: "A ngrok authtoken",
  prefix: "",
  body: "[A-Za-z0-9]",
  length: 27,
  keywords: ["ngrok"],
  suffix: "_[A-Za-z0-9]{21}",
  validate: (_s, m, c) => (/ngrok/i.test(c.text.slice(Math.max(0, m.index - 120), m.index)) ? undefined : 'no-ngrok-context'),
  fake: seq('2', [ALNUM, 26], '_', [ALNUM, 21]),
});

export const meta = rule.meta;
