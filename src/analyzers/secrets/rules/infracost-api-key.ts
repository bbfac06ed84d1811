import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "infracost-api-key",
  title: "Infracost API key",
  provider: "Infracost",
  what: "A Infracost API key",
  gitleaks: "infracost-api-token",
  prefix: "ico-",
  body: "[A-Za-z0-9]",
  length: 32,
  minEntropy: 3.5,
  fake: seq("ico-", [ALNUM, 32]),
});

export const meta = rule.meta;
