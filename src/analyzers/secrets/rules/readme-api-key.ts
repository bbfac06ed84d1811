import { prefixedRule } from '../engine/rule.js';
import { seq, LOWER_NUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "readme-api-key",
  title: "ReadMe API key",
  provider: "ReadMe",
  what: "A ReadMe API key",
  gitleaks: "readme-api-token",
  prefix: "rdme_",
  body: "[a-z0-9]",
  length: 70,
  fake: seq("rdme_", [LOWER_NUM, 70]),
});

export const meta = rule.meta;
