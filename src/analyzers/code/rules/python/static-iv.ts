import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/static-iv",
  "title": "Static initialisation vector",
  "description": "A fixed IV makes equal plaintexts encrypt identically and breaks CTR/GCM confidentiality.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-329",
    "CWE-1204"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "remediation": "Generate a random IV/nonce per message (`os.urandom(16)`) and store it with the ciphertext.",
  "references": [
    "https://cwe.mitre.org/data/definitions/329.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "The cipher IV/nonce is a constant.",
  prefilter: [".new(","modes."],
  matchers: [
  {
    "kind": "call",
    "regex": "^AES\\.new\\([^,]{1,80},[^,]{1,80},\\s*(?:b['\"]|bytes\\(|['\"])"
  },
  {
    "kind": "call",
    "regex": "^AES\\.new\\([^)]{0,200}(?:iv|nonce)\\s*=\\s*(?:b['\"]|bytes\\()"
  },
  {
    "kind": "call",
    "regex": "^(?:modes\\.)?(?:CBC|CTR|GCM|CFB|OFB)\\(\\s*(?:b['\"]|bytes\\()"
  }
],
};
