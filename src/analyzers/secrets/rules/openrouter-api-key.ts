import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "openrouter-api-key",
  title: "OpenRouter API key",
  provider: "OpenRouter",
  what: "A OpenRouter API key",
  prefix: "sk-or-v1-",
  body: "[a-f0-9]",
  length: 64,
  fake: seq("sk-or-v1-", [HEX, 64]),
});

export const meta = rule.meta;
