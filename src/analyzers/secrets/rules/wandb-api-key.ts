import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "wandb-api-key",
  title: "Weights & Biases API key",
  provider: "Weights & Biases",
  what: "A Weights & Biases API key",
  names: ["wandb"],
  value: "[a-f0-9]{40}",
  fake: seq([HEX, 40]),
});

export const meta = rule.meta;
