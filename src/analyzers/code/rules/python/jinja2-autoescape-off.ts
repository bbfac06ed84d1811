import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/jinja2-autoescape-off",
  "title": "Jinja2 autoescape disabled",
  "description": "Without autoescaping every variable rendered into HTML is an XSS vector.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-79",
    "CWE-116"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "bandit:B701",
    "semgrep:python.flask.security.xss.audit.direct-use-of-jinja2"
  ],
  "remediation": "Use `autoescape=select_autoescape()` or `True`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/79.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A Jinja2 environment renders without autoescaping.",
  prefilter: ["Environment"],
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:jinja2\\.)?Environment\\(",
    "not": {
      "regex": "autoescape\\s*=\\s*(?:True|select_autoescape)"
    }
  }
],
};
