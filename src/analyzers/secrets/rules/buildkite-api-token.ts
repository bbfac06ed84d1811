import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "buildkite-api-token",
  title: "Buildkite API access token",
  provider: "Buildkite",
  what: "A Buildkite API access token",
  prefix: "bkua_",
  body: "[a-f0-9]",
  length: 40,
  fake: seq("bkua_", [HEX, 40]),
});

export const meta = rule.meta;
