import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/jwt-decode-without-verify",
  "title": "JWT decoded without verification",
  "description": "`jwt.decode` does not check the signature; trusting its claims lets anyone forge identity.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-347"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:javascript.jsonwebtoken.security.audit.jwt-decode-without-verify"
  ],
  "remediation": "Use `jwt.verify` with the key and a pinned algorithm before trusting any claim.",
  "references": [
    "https://cwe.mitre.org/data/definitions/347.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "jwt.decode() output is used in a file that never verifies tokens.",
  prefilter: ["jwt.decode","jwtDecode"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^(?:jwt|jsonwebtoken)\\.decode\\("
  }
],
  check: (node, text) => !text.includes('.verify('),
};
