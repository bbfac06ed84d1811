import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/password-fast-hash",
  "title": "Password hashed with a fast hash",
  "description": "General-purpose hashes are built to be fast; a GPU tests billions of password guesses per second against them.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-916"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.md5-used-as-password"
  ],
  "remediation": "Hash passwords with bcrypt, scrypt or argon2 with a per-user salt.",
  "references": [
    "https://cwe.mitre.org/data/definitions/916.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A password is hashed with a fast general-purpose hash.",
  prefilter: ["createHash"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "createHash\\([^)]{0,40}\\)\\s*\\.update\\([^)]{0,80}(?i:passw|pwd)"
  }
],
};
