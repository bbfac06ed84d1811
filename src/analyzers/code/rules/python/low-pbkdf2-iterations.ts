import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/low-pbkdf2-iterations",
  "title": "PBKDF2 iteration count too low",
  "description": "PBKDF2 with few iterations lets attackers test passwords quickly.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-916"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "remediation": "Use ≥600,000 iterations with SHA-256, or argon2/scrypt.",
  "references": [
    "https://cwe.mitre.org/data/definitions/916.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "PBKDF2 is used with too few iterations.",
  prefilter: ["pbkdf2","PBKDF2"],
  matchers: [
  {
    "kind": "call",
    "regex": "pbkdf2_hmac\\([^,]{1,60},[^,]{1,80},[^,]{1,80},\\s*\\d{1,4}\\s*[,)]"
  },
  {
    "kind": "call",
    "regex": "PBKDF2(?:HMAC)?\\([^)]{0,300}iterations\\s*=\\s*\\d{1,4}\\b"
  },
  {
    "kind": "call",
    "regex": "pbkdf2_hmac\\([^)]{0,300}iterations\\s*=\\s*\\d{1,4}\\b"
  }
],
};
