import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/cookie-no-httponly",
  "title": "Cookie readable by scripts (httponly off)",
  "description": "A cookie with `httponly=False` can be read by any XSS payload and used to hijack the session.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-1004"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:python.django.security.audit.secure-cookies.django-secure-set-cookie"
  ],
  "remediation": "Set `httponly=True` on session and auth cookies.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1004.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A cookie is set with httponly=False.",
  prefilter: ["httponly","HTTPONLY"],
  matchers: [
  {
    "kind": "call",
    "regex": "\\.set_cookie\\([^)]{0,600}httponly\\s*=\\s*False"
  },
  {
    "kind": "assignment",
    "regex": "^(?:SESSION|CSRF)_COOKIE_HTTPONLY\\s*=\\s*False"
  }
],
};
