import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/cookie-no-httponly",
  "title": "Cookie readable by scripts (httpOnly off)",
  "description": "Without `httpOnly`, any XSS can read the session cookie and hijack the account.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-1004"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-cookie-settings.express-cookie-session-no-httponly"
  ],
  "remediation": "Set `httpOnly: true` on session and auth cookies.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1004.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A cookie is configured with httpOnly: false.",
  prefilter: ["httpOnly"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?httpOnly['\"]?\\s*:\\s*false"
  }
],
};
