import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/ecb-mode",
  "title": "ECB block cipher mode",
  "description": "ECB encrypts equal blocks to equal ciphertext, leaking patterns in the data.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-327"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "semgrep:javascript.node-crypto.security.aes-ecb"
  ],
  "remediation": "Use an authenticated mode such as GCM.",
  "references": [
    "https://cwe.mitre.org/data/definitions/327.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A cipher in ECB mode is used.",
  prefilter: ["ecb","ECB"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "create(?:De)?[Cc]ipher(?:iv)?\\(\\s*['\"][A-Za-z0-9-]{0,20}-(?i:ecb)['\"]"
  }
],
};
