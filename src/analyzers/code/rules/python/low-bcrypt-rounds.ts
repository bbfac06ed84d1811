import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/low-bcrypt-rounds",
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
  "remediation": "Use `bcrypt.gensalt(rounds=12)` or the default.",
  "references": [
    "https://cwe.mitre.org/data/definitions/916.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "bcrypt salt is generated with fewer than 10 rounds.",
  prefilter: ["gensalt"],
  matchers: [
  {
    "kind": "call",
    "regex": "gensalt\\(\\s*(?:rounds\\s*=\\s*)?[1-9]\\s*[,)]"
  }
],
};
