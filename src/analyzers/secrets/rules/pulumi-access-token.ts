import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "pulumi-access-token",
  title: "Pulumi access token",
  provider: "Pulumi",
  what: "A Pulumi access token",
  gitleaks: "pulumi-api-token",
  prefix: "pul-",
  body: "[a-f0-9]",
  length: 40,
  fake: seq("pul-", [HEX, 40]),
});

export const meta = rule.meta;
