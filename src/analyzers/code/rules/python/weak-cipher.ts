import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/weak-cipher",
  "title": "Weak cipher algorithm",
  "description": "DES, 3DES, RC4, RC2 and Blowfish are broken or have small blocks.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-327"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B304",
    "bandit:B413"
  ],
  "remediation": "Use AES-GCM (`cryptography` AESGCM) or ChaCha20-Poly1305.",
  "references": [
    "https://cwe.mitre.org/data/definitions/327.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A weak cipher algorithm is used.",
  prefilter: ["DES","ARC4","Blowfish","ARC2","TripleDES"],
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:DES|DES3|ARC4|ARC2|Blowfish|CAST)\\.new\\("
  },
  {
    "kind": "call",
    "regex": "^(?:algorithms\\.)?(?:TripleDES|ARC4|Blowfish|CAST5|IDEA|SEED)\\("
  }
],
};
