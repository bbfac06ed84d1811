import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/jwt-none-algorithm",
  "title": "JWT \"none\" algorithm",
  "description": "A token with algorithm `none` carries no signature; accepting or issuing it lets anyone forge identities.",
  "severity": "critical",
  "confidence": "high",
  "cwe": [
    "CWE-347"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:python.jwt.security.jwt-none-alg.jwt-python-none-alg"
  ],
  "remediation": "Use and pin a real algorithm (`algorithms=[\"HS256\"]`).",
  "references": [
    "https://cwe.mitre.org/data/definitions/347.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "The JWT \"none\" algorithm is used or accepted.",
  // The matcher requires jwt.encode/jwt.decode ("none" is in most files).
  prefilter: ["jwt.encode", "jwt.decode"],
  matchers: [
  {
    "kind": "call",
    "regex": "^jwt\\.(?:encode|decode)\\([^)]{0,400}algorithms?\\s*=\\s*\\[?[^\\])]{0,60}['\"](?i:none)['\"]"
  }
],
};
