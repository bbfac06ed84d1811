import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "cohere-api-key",
  title: "Cohere API key",
  provider: "Cohere",
  what: "A Cohere API key",
  gitleaks: "cohere-api-token",
  names: ["cohere","co_api_key"],
  value: "[A-Za-z0-9]{40}",
  fake: seq([ALNUM, 40]),
});

export const meta = rule.meta;
