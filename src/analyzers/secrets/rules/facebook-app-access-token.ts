import { patternRule } from '../engine/rule.js';
import { seq, BASE64URL, DIGITS } from '../engine/fake.js';

export const rule = patternRule({
  name: "facebook-app-access-token",
  title: "Facebook app access token (app id|secret)",
  provider: "Meta",
  what: "A Facebook app access token (app id|secret)",
  gitleaks: "facebook-access-token",
  pattern: "(?<![0-9])(?<secret>[0-9]{15,16}\\|(?<body>[A-Za-z0-9_-]{27}))(?![A-Za-z0-9_-])",
  keywords: ["facebook","fb_","graph.facebook"],
  minEntropy: 3,
  fake: seq('1', [DIGITS, 15], '|', [BASE64URL, 27]),
});

export const meta = rule.meta;
