import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/jwt-hardcoded-secret",
  "title": "Hardcoded JWT signing secret",
  "description": "A signing key in source is known to everyone with the code, who can then sign valid tokens.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-798"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:python.jwt.security.jwt-hardcode.jwt-python-hardcoded-secret"
  ],
  "remediation": "Load the key from the environment or a secret manager.",
  "references": [
    "https://cwe.mitre.org/data/definitions/798.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A JWT is signed with a string literal secret.",
  prefilter: ["jwt.encode"],
  matchers: [
  {
    "kind": "call",
    "regex": "^jwt\\.encode\\([^,]{1,300},\\s*['\"][^'\"]{1,200}['\"]"
  }
],
};
