import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/jwt-ignore-expiration",
  "title": "JWT expiry ignored",
  "description": "With `ignoreExpiration: true` a stolen token stays valid forever.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-613"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "remediation": "Remove the option and issue short-lived tokens.",
  "references": [
    "https://cwe.mitre.org/data/definitions/613.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "JWT verification ignores token expiry.",
  prefilter: ["ignoreExpiration"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?ignoreExpiration['\"]?\\s*:\\s*true"
  }
],
};
