import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "langsmith-api-key",
  title: "LangSmith API key",
  provider: "LangSmith",
  what: "A LangSmith API key",
  prefix: "lsv2_(?:pt|sk)_",
  body: "[a-f0-9]",
  length: 32,
  keywords: ["lsv2_"],
  suffix: "_[a-f0-9]{10}",
  fake: seq('lsv2_pt_', [HEX, 32], '_', [HEX, 10]),
});

export const meta = rule.meta;
