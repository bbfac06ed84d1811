import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/weak-rsa-key",
  "title": "RSA key shorter than 2048 bits",
  "description": "RSA keys under 2048 bits can be factored with moderate resources.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-326"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "remediation": "Use at least 2048-bit (preferably 3072) RSA keys, or Ed25519.",
  "references": [
    "https://cwe.mitre.org/data/definitions/326.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "An RSA key is generated with fewer than 2048 bits.",
  prefilter: ["modulusLength"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?modulusLength['\"]?\\s*:\\s*(?:512|768|1024|1536)\\b"
  }
],
};
