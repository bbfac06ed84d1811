import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "datadog-app-key",
  title: "Datadog application key",
  provider: "Datadog",
  what: "A Datadog application key",
  names: ["dd_app_key","dd_application_key","datadog_app","dd-application-key"],
  value: "[a-f0-9]{40}",
  fake: seq([HEX, 40]),
});

export const meta = rule.meta;
