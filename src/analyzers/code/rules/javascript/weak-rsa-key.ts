import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, numberOf } from './lib/values.js';

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
  prefilter: ["modulusLength", "NodeRSA", "generateKeyPair"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?modulusLength['\"]?\\s*:\\s*(?:512|768|1024|1536)\\b"
  },
  // node-rsa `new NodeRSA({ b: 1024 })`, node-forge `rsa.generateKeyPair({ bits: 1024 })`.
  {
    "kind": "pair",
    "regex": "^['\"]?(?:b|bits)['\"]?\\s*:\\s*\\d{1,5}\\s*$",
    "inside": { "kind": "object", "stopBy": "neighbor", "inside": { "kind": "arguments", "stopBy": "neighbor", "inside": { "stopBy": "neighbor", "any": [{ "kind": "new_expression", "regex": "^new\\s+(?:NodeRSA|RSA)\\b" }, { "kind": "call_expression", "regex": "generateKeyPair(?:Sync)?\\s*\\(" }] } } }
  },
  // node-rsa `key.generateKeyPair(1024)`, node-forge `rsa.generateKeyPair(1024, 65537)`.
  {
    "kind": "call_expression",
    "regex": "\\.generateKeyPair(?:Sync)?\\s*\\(\\s*\\d"
  }
],
  check: (node) => {
    if (node.kind().toString() === 'call_expression') { const bits = numberOf(argumentsOf(node)[0]); return bits !== undefined && bits < 2048; }
    if (/^['"]?modulusLength/.test(node.text())) return true;
    const bits = numberOf(node.field('value') ?? undefined);
    return bits !== undefined && bits < 2048;
  },
};
