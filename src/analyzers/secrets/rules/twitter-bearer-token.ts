import { patternRule } from '../engine/rule.js';
import { seq, ALNUM, UPPER_NUM } from '../engine/fake.js';

export const rule = patternRule({
  name: "twitter-bearer-token",
  title: "X (Twitter) API bearer token",
  provider: "X (Twitter)",
  what: "A X (Twitter) API bearer token",
  gitleaks: "twitter-bearer-token",
  pattern: "(?<![A-Za-z0-9%])(?<secret>A{21}(?<body>[A-Za-z0-9%]{30,120}))(?![A-Za-z0-9%])",
  keywords: ["aaaaaaaaaaaaaaaaaaaaa"],
  minEntropy: 3,
  fake: seq('AAAAAAAAAAAAAAAAAAAAA', [UPPER_NUM, 1], [ALNUM, 90]),
});

export const meta = rule.meta;
