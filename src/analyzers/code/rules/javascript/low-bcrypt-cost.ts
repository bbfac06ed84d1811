import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/low-bcrypt-cost",
  "title": "bcrypt cost factor too low",
  "description": "A bcrypt cost below 10 makes offline guessing of leaked hashes cheap.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-916"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "remediation": "Use a cost of at least 10 (12 is a good default).",
  "references": [
    "https://cwe.mitre.org/data/definitions/916.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "bcrypt is used with a cost factor below 10.",
  prefilter: ["bcrypt"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "bcrypt\\w*\\.(?:hash|hashSync|genSalt|genSaltSync)\\((?:[^,()]{1,60},\\s*)?[1-9]\\s*[,)]"
  }
],
};
