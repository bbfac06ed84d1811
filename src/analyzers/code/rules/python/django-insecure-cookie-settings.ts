import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/django-insecure-cookie-settings",
  "title": "Django session/CSRF cookie not Secure",
  "description": "With `SESSION_COOKIE_SECURE = False` the session cookie also travels over plain HTTP.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-614"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "remediation": "Set `SESSION_COOKIE_SECURE = True` and `CSRF_COOKIE_SECURE = True` in production settings.",
  "references": [
    "https://cwe.mitre.org/data/definitions/614.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A Django cookie setting disables the Secure flag.",
  prefilter: ["COOKIE_SECURE"],
  matchers: [
  {
    "kind": "assignment",
    "regex": "^(?:SESSION|CSRF)_COOKIE_SECURE\\s*=\\s*False"
  }
],
};
