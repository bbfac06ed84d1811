import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/deprecated-create-cipher",
  "title": "crypto.createCipher without IV",
  "description": "`createCipher` derives key and IV from a password with a single MD5 pass and no salt; it was removed from Node for this reason.",
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
  "remediation": "Derive a key with scrypt and use `createCipheriv` with a random IV.",
  "references": [
    "https://cwe.mitre.org/data/definitions/327.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "crypto.createCipher derives a weak key and a fixed IV.",
  prefilter: ["createCipher(","createDecipher("],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^(?:crypto\\.)?create(?:Cipher|Decipher)\\("
  }
],
};
