import type { RuleMeta } from '../../../../core/rule.js';
import type { AppRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/missing-csrf",
  "title": "Cookie sessions without CSRF protection",
  "description": "Browsers attach session cookies to cross-site form posts; without a CSRF token any site can act as the logged-in user.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-352"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-check-csurf-middleware-usage"
  ],
  "remediation": "Add CSRF protection (csrf-csrf, lusca.csrf) or use `sameSite: \"strict\"` cookies plus origin checks.",
  "references": [
    "https://cwe.mitre.org/data/definitions/352.html"
  ]
};

export const rule: AppRule = {
  kind: 'app',
  meta,
  language: 'javascript',
  message: "This app uses cookie sessions but has no CSRF protection.",
  prefilter: ["express-session","cookie-session"],
  entry: {
  "pattern": "express()"
},
  protections: ["csurf","csrf","lusca","sameSite: 'strict'","sameSite: \"strict\""],
};
