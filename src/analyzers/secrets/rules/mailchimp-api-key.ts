import { patternRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = patternRule({
  name: "mailchimp-api-key",
  title: "Mailchimp API key",
  provider: "Mailchimp",
  what: "A Mailchimp API key",
  gitleaks: "mailchimp-api-key",
  pattern: "(?<![A-Za-z0-9])(?<secret>(?<body>[a-f0-9]{32})-us[0-9]{1,2})(?![A-Za-z0-9])",
  keywords: ["-us"],
  minEntropy: 3,
  fake: seq([HEX, 32], '-us14'),
});

export const meta = rule.meta;
