import type { RuleMeta } from '../../../../core/rule.js';
import type { AppRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/missing-csrf-protection",
  "title": "Flask session forms without CSRF protection",
  "description": "Browsers attach the session cookie to cross-site form posts; without CSRF tokens any site can act as the user.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-352"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "semgrep:python.flask.security.audit.wtf-csrf-disabled"
  ],
  "remediation": "Enable `flask_wtf.csrf.CSRFProtect(app)` or SeaSurf.",
  "references": [
    "https://cwe.mitre.org/data/definitions/352.html"
  ]
};

export const rule: AppRule = {
  kind: 'app',
  meta,
  language: 'python',
  message: "This Flask app uses sessions and form posts but has no CSRF protection.",
  prefilter: ["Flask("],
  entry: {
  "kind": "call",
  "regex": "^Flask\\("
},
  requires: ["session","POST"],
  protections: ["CSRFProtect","csrf","SeaSurf","CsrfProtect"],
};
