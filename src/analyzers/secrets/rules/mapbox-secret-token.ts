import { patternRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = patternRule({
  name: "mapbox-secret-token",
  title: "Mapbox secret access token",
  provider: "Mapbox",
  what: "A Mapbox secret access token",
  gitleaks: "mapbox-api-token",
  pattern: "(?<![A-Za-z0-9_-])(?<secret>sk\\.eyJ(?<body>[A-Za-z0-9_-]{50,300})\\.[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])",
  keywords: ["sk.eyj"],
  minEntropy: 3,
  fake: seq('sk.eyJ1Ijoi', [BASE64URL, 60], '.', [BASE64URL, 22]),
});

export const meta = rule.meta;
