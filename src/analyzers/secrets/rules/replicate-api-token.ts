import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "replicate-api-token",
  title: "Replicate API token",
  provider: "Replicate",
  what: "A Replicate API token",
  prefix: "r8_",
  body: "[A-Za-z0-9]",
  length: 37,
  fake: seq("r8_", [ALNUM, 37]),
});

export const meta = rule.meta;
