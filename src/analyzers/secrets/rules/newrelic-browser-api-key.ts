import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "newrelic-browser-api-key",
  title: "New Relic browser API token",
  provider: "New Relic",
  what: "A New Relic browser API token",
  severity: 'medium',
  gitleaks: "new-relic-browser-api-token",
  prefix: "NRJS-",
  body: "[a-f0-9]",
  length: 19,
  fake: seq("NRJS-", [HEX, 19]),
});

export const meta = rule.meta;
