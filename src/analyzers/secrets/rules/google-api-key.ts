import { patternRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = patternRule({
  name: "google-api-key",
  title: "Google API key (GCP, Gemini, Firebase)",
  provider: "Google Cloud",
  what: "A Google API key (GCP, Gemini, Firebase)",
  gitleaks: "gcp-api-key",
  pattern: "(?<![A-Za-z0-9_-])(?<secret>AIza(?<body>[0-9A-Za-z_-]{35}))(?![A-Za-z0-9_-])",
  keywords: ["aiza"],
  minEntropy: 3.5,
  fake: seq('AIzaSy', [BASE64URL, 33]),
});

export const meta = rule.meta;
