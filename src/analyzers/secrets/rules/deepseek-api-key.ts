import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "deepseek-api-key",
  title: "DeepSeek API key",
  provider: "DeepSeek",
  what: "A DeepSeek API key",
  names: ["deepseek"],
  value: "sk-[a-f0-9]{32}",
  fake: seq('sk-', [HEX, 32]),
});

export const meta = rule.meta;
