import { patternRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = patternRule({
  name: "sendgrid-api-key",
  title: "SendGrid API key",
  provider: "SendGrid",
  what: "A SendGrid API key",
  gitleaks: "sendgrid-api-token",
  pattern: "(?<![A-Za-z0-9_-])(?<secret>SG\\.(?<body>[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}))(?![A-Za-z0-9_-])",
  keywords: ["sg."],
  minEntropy: 3,
  fake: seq('SG.', [BASE64URL, 22], '.', [BASE64URL, 43]),
});

export const meta = rule.meta;
