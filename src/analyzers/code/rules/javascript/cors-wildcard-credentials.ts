import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/cors-wildcard-credentials",
  "title": "CORS allows any origin with credentials",
  "description": "Reflecting or wildcarding the origin while allowing credentials lets any website make authenticated requests and read the answers.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-942"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.cors-misconfiguration"
  ],
  "remediation": "List trusted origins explicitly (`origin: [\"https://app.example.com\"]`).",
  "references": [
    "https://cwe.mitre.org/data/definitions/942.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "CORS accepts any origin while allowing credentials.",
  prefilter: ["credentials"],
  matchers: [
  {
    "kind": "object",
    "all": [
      {
        "has": {
          "kind": "pair",
          "regex": "^['\"]?origin['\"]?\\s*:\\s*(?:true|['\"]\\*['\"])"
        }
      },
      {
        "has": {
          "kind": "pair",
          "regex": "^['\"]?credentials['\"]?\\s*:\\s*true"
        }
      }
    ]
  }
],
};
