import { patternRule } from '../engine/rule.js';
import { seq, UPPER_NUM } from '../engine/fake.js';

export const rule = patternRule({
  name: "onepassword-secret-key",
  title: "1Password account secret key",
  provider: "1Password",
  what: "A 1Password account secret key",
  gitleaks: "1password-secret-key",
  pattern: "(?<![A-Za-z0-9-])(?<secret>A3-(?<body>[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}))(?![A-Za-z0-9-])",
  keywords: ["a3-"],
  minEntropy: 3,
  fake: seq('A3-', [UPPER_NUM, 6], '-', [UPPER_NUM, 11], '-', [UPPER_NUM, 5], '-', [UPPER_NUM, 5], '-', [UPPER_NUM, 5]),
});

export const meta = rule.meta;
