import { patternRule } from '../engine/rule.js';
import { seq, BASE32 } from '../engine/fake.js';

export const rule = patternRule({
  name: "aws-access-key-id",
  title: "AWS access key ID",
  provider: "AWS",
  what: "A AWS access key ID",
  severity: 'high',
  confidence: 'medium',
  gitleaks: "aws-access-token",
  pattern: "(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])(?<body>[A-Z2-7]{16}))(?![A-Za-z0-9])",
  keywords: ["akia","asia","abia","acca","a3t"],
  minEntropy: 3,
  fake: seq('AKIA', [BASE32, 16]),
});

export const meta = rule.meta;
