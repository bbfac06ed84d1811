import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "sumologic-access-id",
  title: "Sumo Logic access ID",
  provider: "Sumo Logic",
  what: "A Sumo Logic access ID",
  gitleaks: "sumologic-access-id",
  names: ["sumologic","sumo_"],
  value: "su[A-Za-z0-9]{12}",
  validate: (s) => (/[0-9]/.test(s) || /[A-Z]/.test(s.slice(2)) ? undefined : 'word-like'),
  fake: seq('su', [ALNUM, 12]),
});

export const meta = rule.meta;
