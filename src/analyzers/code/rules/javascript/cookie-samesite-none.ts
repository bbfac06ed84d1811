import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/cookie-samesite-none",
  "title": "Cookie with SameSite=None",
  "description": "`sameSite: \"none\"` sends the cookie on cross-site requests, re-enabling CSRF unless another defence exists.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-1275"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "remediation": "Use `sameSite: \"lax\"` or `\"strict\"` unless cross-site use is required.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1275.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A cookie is sent on cross-site requests (SameSite=None).",
  prefilter: ["sameSite","samesite"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?(?i:samesite)['\"]?\\s*:\\s*(?:false|['\"](?i:none)['\"])"
  }
],
};
