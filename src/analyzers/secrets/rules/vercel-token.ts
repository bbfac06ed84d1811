import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "vercel-token",
  title: "Vercel access token",
  provider: "Vercel",
  what: "A Vercel access token",
  names: ["vercel"],
  value: "[A-Za-z0-9]{24}",
  fake: seq([ALNUM, 24]),
});

export const meta = rule.meta;
