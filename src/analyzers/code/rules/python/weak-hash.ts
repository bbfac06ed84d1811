import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/weak-hash",
  "title": "Weak hash algorithm (MD5/SHA-1)",
  "description": "MD5 and SHA-1 have practical collisions and are far too fast for passwords.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-328"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B303",
    "bandit:B324",
    "semgrep:python.lang.security.insecure-hash-algorithms.insecure-hash-algorithm-md5"
  ],
  "remediation": "Use SHA-256 or better; pass `usedforsecurity=False` for non-security checksums; hash passwords with bcrypt/argon2.",
  "references": [
    "https://cwe.mitre.org/data/definitions/328.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A broken hash algorithm is used.",
  prefilter: ["md5","sha1","MD5","SHA1","md4"],
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:hashlib\\.(?:md5|sha1|md4)\\b|(?:hashlib\\.)?new\\(\\s*['\"](?i:md5|sha1|md4|sha-1)['\"]|(?:MD5|SHA1|SHA)\\.new\\b|hashes\\.(?:MD5|SHA1)\\b)",
    "not": {
      "regex": "usedforsecurity\\s*=\\s*False"
    }
  }
],
};
