import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "newrelic-license-key",
  title: "New Relic license key",
  provider: "New Relic",
  what: "A New Relic license key",
  names: ["newrelic","new_relic","nr_license"],
  value: "[a-f0-9]{36}NRAL",
  fake: seq([HEX, 36], 'NRAL'),
});

export const meta = rule.meta;
