import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/ecb-mode",
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
    "bandit:B305"
  ],
  "remediation": "Use GCM or another authenticated mode.",
  "references": [
    "https://cwe.mitre.org/data/definitions/327.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A cipher in ECB mode is used.",
  prefilter: ["ECB"],
  matchers: [
  {
    "kind": "attribute",
    "regex": "\\.MODE_ECB$"
  },
  {
    "kind": "call",
    "regex": "^(?:modes\\.)?ECB\\("
  }
],
};
