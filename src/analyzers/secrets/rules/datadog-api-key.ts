import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "datadog-api-key",
  title: "Datadog API key",
  provider: "Datadog",
  what: "A Datadog API key",
  gitleaks: "datadog-access-token",
  names: ["datadog","dd_api_key","dd-api-key"],
  value: "[a-f0-9]{32}",
  fake: seq([HEX, 32]),
});

export const meta = rule.meta;
