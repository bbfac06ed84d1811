import { patternRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = patternRule({
  name: "facebook-access-token",
  title: "Facebook / Meta access token",
  provider: "Meta",
  what: "A Facebook / Meta access token",
  gitleaks: ["facebook-page-access-token","facebook-access-token"],
  pattern: "(?<![A-Za-z0-9])(?<secret>EAA[MC](?<body>[A-Za-z0-9]{100,250}))(?![A-Za-z0-9])",
  keywords: ["eaam","eaac"],
  minEntropy: 3,
  fake: seq('EAAM', [ALNUM, 160]),
});

export const meta = rule.meta;
