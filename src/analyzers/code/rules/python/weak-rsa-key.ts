import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/weak-rsa-key",
  "title": "RSA/DSA key shorter than 2048 bits",
  "description": "Keys under 2048 bits can be factored with moderate resources.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-326"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B505"
  ],
  "remediation": "Use at least 2048 (preferably 3072) bits, or Ed25519.",
  "references": [
    "https://cwe.mitre.org/data/definitions/326.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "An RSA/DSA key is generated with fewer than 2048 bits.",
  // The callees the matcher requires ("generate" alone is in most code that has generators).
  prefilter: ["generate_private_key", "RSA.generate", "DSA.generate"],
  matchers: [
  {
    "kind": "call",
    "regex": "(?:generate_private_key\\([^)]{0,200}key_size\\s*=\\s*|(?:RSA|DSA)\\.generate\\(\\s*)(?:512|768|1024|1536)\\b"
  }
],
};
