import { patternRule } from '../engine/rule.js';
import { seq, ALNUM, HEX, BASE64URL } from '../engine/fake.js';

export const rule = patternRule({
  name: "harness-api-key",
  title: "Harness API key",
  provider: "Harness",
  what: "A Harness API key",
  gitleaks: "harness-api-key",
  pattern: "(?<![A-Za-z0-9])(?<secret>(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.(?<body>[0-9a-f]{24})\\.[A-Za-z0-9]{20})(?![A-Za-z0-9])",
  keywords: ["pat.","sat."],
  minEntropy: 3,
  fake: seq('pat.', [BASE64URL, 22], '.', [HEX, 24], '.', [ALNUM, 20]),
});

export const meta = rule.meta;
