import type { RuleMeta } from '../../../../core/rule.js';
import type { AppRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/missing-security-headers",
  "title": "Flask app without security headers (Talisman)",
  "description": "Without Flask-Talisman or equivalent, responses lack CSP, HSTS, frame and MIME-sniffing protections.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-693"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "remediation": "Wrap the app: `Talisman(app)`, or set the headers in an `after_request` hook.",
  "references": [
    "https://cwe.mitre.org/data/definitions/693.html"
  ]
};

export const rule: AppRule = {
  kind: 'app',
  meta,
  language: 'python',
  message: "This Flask app sets no security headers (no Talisman or equivalent).",
  prefilter: ["Flask("],
  entry: {
  "kind": "call",
  "regex": "^Flask\\("
},
  protections: ["Talisman","talisman","secure_headers","Content-Security-Policy","X-Content-Type-Options","Strict-Transport-Security"],
};
