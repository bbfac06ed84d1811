import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "pinecone-api-key",
  title: "Pinecone API key",
  provider: "Pinecone",
  what: "A Pinecone API key",
  names: ["pinecone"],
  value: "(?:pcsk_[A-Za-z0-9_]{60,80}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})",
  fake: seq('pcsk_', [ALNUM, 5], '_', [ALNUM, 64]),
});

export const meta = rule.meta;
