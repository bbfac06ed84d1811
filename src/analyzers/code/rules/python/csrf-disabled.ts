import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/csrf-disabled",
  "title": "CSRF protection disabled",
  "description": "Without CSRF checks any website can submit forms as the logged-in user.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-352"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "semgrep:python.django.security.audit.csrf-exempt.no-csrf-exempt"
  ],
  "remediation": "Remove `@csrf_exempt` / `WTF_CSRF_ENABLED = False`; use token auth for APIs instead.",
  "references": [
    "https://cwe.mitre.org/data/definitions/352.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "CSRF protection is switched off.",
  prefilter: ["csrf_exempt","CSRF_ENABLED"],
  matchers: [
  {
    "kind": "decorator",
    "regex": "^@(?:\\w+\\.)?csrf_exempt"
  },
  {
    "kind": "assignment",
    "regex": "WTF_CSRF_ENABLED['\"]?\\]?\\s*=\\s*False"
  }
],
};
