import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/weak-hash",
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
    "semgrep:javascript.lang.security.audit.md5-used-as-password",
    "eslint:@microsoft/sdl/no-insecure-random"
  ],
  "remediation": "Use SHA-256 or better for integrity, and bcrypt/scrypt/argon2 for passwords.",
  "references": [
    "https://cwe.mitre.org/data/definitions/328.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A broken hash algorithm is used.",
  prefilter: ["createHash","createHmac"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "createH(?:ash|mac)\\(\\s*['\"](?i:md5|sha1|md4|sha-1|ripemd)['\"]"
  }
],
};
