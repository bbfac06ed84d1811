import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/weak-cipher",
  "title": "Weak cipher algorithm",
  "description": "DES, 3DES, RC4, RC2 and Blowfish are broken or have tiny blocks; data encrypted with them can be recovered.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-327"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "semgrep:javascript.node-crypto.security.create-de-cipher-no-iv"
  ],
  "remediation": "Use AES-256-GCM or ChaCha20-Poly1305.",
  "references": [
    "https://cwe.mitre.org/data/definitions/327.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A weak cipher algorithm is used.",
  prefilter: ["createCipher","createDecipher"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "create(?:De)?[Cc]ipher(?:iv)?\\(\\s*['\"](?i:des|des3|des-ede|des-ede3|rc4|rc2|bf|blowfish)[-'\"]"
  }
],
};
