import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/jwt-none-algorithm",
  "title": "JWT \"none\" algorithm accepted",
  "description": "A token signed with `none` has no signature; accepting it lets anyone mint tokens for any user.",
  "severity": "critical",
  "confidence": "high",
  "cwe": [
    "CWE-347"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:javascript.jsonwebtoken.security.jwt-none-alg"
  ],
  "remediation": "Pin the expected algorithm: `algorithms: [\"HS256\"]` (or RS256/ES256).",
  "references": [
    "https://cwe.mitre.org/data/definitions/347.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "The JWT \"none\" algorithm is allowed.",
  prefilter: ["none"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?algorithms?['\"]?\\s*:\\s*(?:\\[[^\\]]{0,60})?['\"](?i:none)['\"]"
  }
],
};
