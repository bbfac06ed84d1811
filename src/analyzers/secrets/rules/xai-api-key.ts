import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "xai-api-key",
  title: "xAI (Grok) API key",
  provider: "xAI",
  what: "A xAI (Grok) API key",
  prefix: "xai-",
  body: "[A-Za-z0-9]",
  length: 80,
  fake: seq("xai-", [ALNUM, 80]),
});

export const meta = rule.meta;
