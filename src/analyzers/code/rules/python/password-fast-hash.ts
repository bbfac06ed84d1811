import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/password-fast-hash",
  "title": "Password hashed with a fast hash",
  "description": "General-purpose hashes are fast; a GPU tests billions of password guesses per second against them.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-916"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "semgrep:python.lang.security.audit.md5-used-as-password"
  ],
  "remediation": "Use bcrypt, scrypt, argon2 or `hashlib.pbkdf2_hmac` with ≥600,000 iterations.",
  "references": [
    "https://cwe.mitre.org/data/definitions/916.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A password is hashed with a fast general-purpose hash.",
  prefilter: ["hashlib"],
  matchers: [
  {
    "kind": "call",
    "regex": "^hashlib\\.(?:sha\\d+|sha3_\\d+|blake2[bs]|md5|sha1)\\([^)]{0,80}(?i:passw|pwd)"
  }
],
};
