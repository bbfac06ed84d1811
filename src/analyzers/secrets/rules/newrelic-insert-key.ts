import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "newrelic-insert-key",
  title: "New Relic insert key",
  provider: "New Relic",
  what: "A New Relic insert key",
  gitleaks: "new-relic-insert-key",
  prefix: "NRII-",
  body: "[A-Za-z0-9_-]",
  length: 32,
  fake: seq("NRII-", [BASE64URL, 32]),
});

export const meta = rule.meta;
