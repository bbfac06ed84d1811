import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/jwt-verify-disabled",
  "title": "JWT signature verification disabled",
  "description": "Decoding without verifying the signature means anyone can edit the claims (user id, roles).",
  "severity": "critical",
  "confidence": "high",
  "cwe": [
    "CWE-347"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:python.jwt.security.unverified-jwt-decode.unverified-jwt-decode"
  ],
  "remediation": "Call `jwt.decode(token, key, algorithms=[...])` with verification on.",
  "references": [
    "https://cwe.mitre.org/data/definitions/347.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A JWT is decoded without verifying its signature.",
  // The matcher requires jwt.decode.
  prefilter: ["jwt.decode"],
  matchers: [
  {
    "kind": "call",
    "regex": "^jwt\\.decode\\([^)]{0,400}(?:['\"]verify_signature['\"]\\s*:\\s*False|verify\\s*=\\s*False)"
  }
],
};
