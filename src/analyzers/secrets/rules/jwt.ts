import { patternRule } from '../engine/rule.js';
import { BASE64URL, DIGITS } from '../engine/fake.js';
import { jwtReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "jwt",
  title: "JSON Web Token",
  provider: "the issuing service",
  what: "A JSON Web Token",
  severity: 'medium',
  confidence: 'medium',
  gitleaks: "jwt",
  pattern: "(?<![A-Za-z0-9_-])(?<secret>eyJ(?<body>[A-Za-z0-9_-]{10,2000}\\.eyJ[A-Za-z0-9_-]{4,8000}(?:\\.[A-Za-z0-9_-]{16,2000})?))(?![A-Za-z0-9_.-])",
  keywords: ["eyj"],
  minEntropy: 3,
  validate: (s) => jwtReason(s),
  fake: (r) => `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: r.chars(DIGITS, 10), iat: 1700000000, role: 'admin' })).toString('base64url')}.${r.chars(BASE64URL, 43)}`,
});

export const meta = rule.meta;
