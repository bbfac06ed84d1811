import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "notion-legacy-token",
  title: "Notion integration token (legacy secret_)",
  provider: "Notion",
  what: "A Notion integration token (legacy secret_)",
  names: ["notion"],
  value: "secret_[A-Za-z0-9]{43}",
  fake: seq('secret_', [ALNUM, 43]),
});

export const meta = rule.meta;
