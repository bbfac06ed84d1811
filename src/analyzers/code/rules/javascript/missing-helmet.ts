import type { RuleMeta } from '../../../../core/rule.js';
import type { AppRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/missing-helmet",
  "title": "Express app without security headers middleware",
  "description": "Without helmet (or equivalent), responses lack CSP, HSTS, frame and MIME-sniffing protections that browsers rely on.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-693"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-check-csurf-middleware-usage"
  ],
  "remediation": "Add `app.use(helmet())` early in the middleware chain.",
  "references": [
    "https://cwe.mitre.org/data/definitions/693.html"
  ]
};

export const rule: AppRule = {
  kind: 'app',
  meta,
  language: 'javascript',
  message: "This Express app sets no security headers (no helmet or equivalent).",
  prefilter: ["express"],
  entry: {
  "pattern": "express()"
},
  protections: ["helmet","lusca","X-Content-Type-Options","Content-Security-Policy","Strict-Transport-Security"],
};
