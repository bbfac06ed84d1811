import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "sumologic-access-key",
  title: "Sumo Logic access key",
  provider: "Sumo Logic",
  what: "A Sumo Logic access key",
  gitleaks: "sumologic-access-token",
  names: ["sumologic","sumo_"],
  value: "[A-Za-z0-9]{64}",
  minEntropy: 4,
  fake: seq([ALNUM, 64]),
});

export const meta = rule.meta;
