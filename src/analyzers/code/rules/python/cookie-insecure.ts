import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/cookie-insecure",
  "title": "Cookie without Secure flag",
  "description": "A cookie without `secure=True` is also sent over plain HTTP, where it can be stolen.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-614"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:python.flask.security.audit.secure-set-cookie.secure-set-cookie"
  ],
  "remediation": "Pass `secure=True, httponly=True, samesite=\"Lax\"` to `set_cookie`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/614.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A cookie is set without the Secure flag.",
  prefilter: ["set_cookie"],
  matchers: [
  {
    "kind": "call",
    "regex": "\\.set_cookie\\(",
    "not": {
      "regex": "secure\\s*=\\s*(?:True|[A-Za-z_][\\w.]*\\b)(?:\\s*[,)])"
    }
  },
  {
    "kind": "call",
    "regex": "\\.set_cookie\\([^)]{0,600}secure\\s*=\\s*False"
  }
],
};
