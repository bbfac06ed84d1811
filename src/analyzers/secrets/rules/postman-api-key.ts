import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "postman-api-key",
  title: "Postman API key",
  provider: "Postman",
  what: "A Postman API key",
  gitleaks: "postman-api-token",
  prefix: "PMAK-",
  body: "[a-f0-9]",
  length: 24,
  suffix: "-(?<body>[a-f0-9]{34})",
  fake: seq('PMAK-', [HEX, 24], '-', [HEX, 34]),
});

export const meta = rule.meta;
