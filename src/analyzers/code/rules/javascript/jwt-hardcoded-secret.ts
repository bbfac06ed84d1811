import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/jwt-hardcoded-secret",
  "title": "Hardcoded JWT signing secret",
  "description": "A signing secret in source is known to everyone with the code; they can sign valid tokens.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-798"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:javascript.jsonwebtoken.security.jwt-hardcode.hardcoded-jwt-secret"
  ],
  "remediation": "Load the secret from the environment or a secret manager.",
  "references": [
    "https://cwe.mitre.org/data/definitions/798.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A JWT is signed or verified with a string literal secret.",
  prefilter: ["jwt"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^(?:jwt|jsonwebtoken)\\.(?:sign|verify)\\([^,]{1,200},\\s*['\"`][^'\"`]{1,200}['\"`]"
  }
],
};
