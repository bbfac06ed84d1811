import { patternRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = patternRule({
  name: "flyio-access-token",
  title: "Fly.io access token",
  provider: "Fly.io",
  what: "A Fly.io access token",
  gitleaks: "flyio-access-token",
  pattern: "(?<![A-Za-z0-9_])(?<secret>(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_(?<body>[A-Za-z0-9+/]{100,}={0,3})))(?![A-Za-z0-9_+/=-])",
  keywords: ["fo1_","fm1","fm2"],
  minEntropy: 3.5,
  fake: seq('fo1_', [BASE64URL, 43]),
});

export const meta = rule.meta;
