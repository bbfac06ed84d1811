import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/cors-origin-reflection",
  "title": "CORS origin reflected from the request",
  "description": "Echoing the `Origin` header back in `Access-Control-Allow-Origin` trusts every site on the internet.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-942"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-cors-misconfiguration"
  ],
  "remediation": "Compare the origin with an allow-list before echoing it.",
  "references": [
    "https://cwe.mitre.org/data/definitions/942.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "Access-Control-Allow-Origin is set from the request Origin header.",
  prefilter: ["Access-Control-Allow-Origin"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "(?i)^[\\w.]+\\.(?:setHeader|header|set|append)\\(\\s*['\"]Access-Control-Allow-Origin['\"]\\s*,\\s*req(?:uest)?\\.(?:headers\\.origin|headers\\[.origin.\\]|header\\(.origin|get\\(.origin)"
  }
],
};
