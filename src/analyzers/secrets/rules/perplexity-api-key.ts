import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "perplexity-api-key",
  title: "Perplexity API key",
  provider: "Perplexity",
  what: "A Perplexity API key",
  gitleaks: "perplexity-api-key",
  prefix: "pplx-",
  body: "[A-Za-z0-9]",
  length: 48,
  fake: seq("pplx-", [ALNUM, 48]),
});

export const meta = rule.meta;
