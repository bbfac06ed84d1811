import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "prefect-api-key",
  title: "Prefect API key",
  provider: "Prefect",
  what: "A Prefect API key",
  gitleaks: "prefect-api-token",
  prefix: "pnu_",
  body: "[A-Za-z0-9]",
  length: 36,
  fake: seq("pnu_", [ALNUM, 36]),
});

export const meta = rule.meta;
