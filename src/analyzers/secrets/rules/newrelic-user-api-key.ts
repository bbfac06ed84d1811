import { prefixedRule } from '../engine/rule.js';
import { seq, UPPER_NUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "newrelic-user-api-key",
  title: "New Relic user API key",
  provider: "New Relic",
  what: "A New Relic user API key",
  gitleaks: "new-relic-user-api-key",
  prefix: "NRAK-",
  body: "[A-Z0-9]",
  length: 27,
  fake: seq("NRAK-", [UPPER_NUM, 27]),
});

export const meta = rule.meta;
