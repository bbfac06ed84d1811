import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, isConstantBytes } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/static-iv",
  "title": "Static initialisation vector",
  "description": "Reusing a fixed IV makes equal plaintexts encrypt identically, and with CTR/GCM it breaks confidentiality outright.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-329",
    "CWE-1204"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.crypto.static-iv"
  ],
  "remediation": "Generate a fresh IV per message with `crypto.randomBytes(12)` and store it with the ciphertext.",
  "references": [
    "https://cwe.mitre.org/data/definitions/329.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "The cipher IV is a constant.",
  prefilter: ["createCipheriv"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^[\\w$.]{0,60}createCipheriv\\("
  }
],
  // The IV argument, inline or through a local constant (`const iv = Buffer.alloc(16, 0)`).
  check: (node) => { const iv = argumentsOf(node)[2]; return iv !== undefined && isConstantBytes(iv); },
};
