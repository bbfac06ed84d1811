import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/low-pbkdf2-iterations",
  "title": "PBKDF2 iteration count too low",
  "description": "PBKDF2 with few iterations lets attackers test passwords quickly; OWASP recommends 600,000 for SHA-256.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-916"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "remediation": "Use at least 100,000 iterations (600,000 for SHA-256), or move to argon2/scrypt.",
  "references": [
    "https://cwe.mitre.org/data/definitions/916.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "PBKDF2 is used with too few iterations.",
  prefilter: ["pbkdf2"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "pbkdf2(?:Sync)?\\([^,]{1,80},[^,]{1,80},\\s*\\d{1,4}\\s*,"
  }
],
};
