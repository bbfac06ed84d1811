import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "linear-api-key",
  title: "Linear API key",
  provider: "Linear",
  what: "A Linear API key",
  gitleaks: "linear-api-key",
  prefix: "lin_api_",
  body: "[A-Za-z0-9]",
  length: 40,
  fake: seq("lin_api_", [ALNUM, 40]),
});

export const meta = rule.meta;
