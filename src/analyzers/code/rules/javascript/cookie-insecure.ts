import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/cookie-insecure",
  "title": "Cookie without Secure flag",
  "description": "A cookie without `secure` is sent over plain HTTP, where anyone on the path can steal the session.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-614"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-cookie-settings.express-cookie-session-no-secure"
  ],
  "remediation": "Set `secure: true` (and serve over HTTPS).",
  "references": [
    "https://cwe.mitre.org/data/definitions/614.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A cookie is configured with secure: false.",
  prefilter: ["secure"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?secure['\"]?\\s*:\\s*false",
    "inside": {
      "kind": "object",
      "stopBy": "end",
      "regex": "(?i)cookie|httpOnly|maxAge|sameSite|session"
    }
  }
],
};
