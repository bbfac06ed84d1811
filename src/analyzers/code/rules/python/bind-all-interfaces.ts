import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/bind-all-interfaces",
  "title": "Server bound to all interfaces",
  "description": "Listening on 0.0.0.0 exposes a development server to every network the host is on.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-605",
    "CWE-1327"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "bandit:B104"
  ],
  "remediation": "Bind to 127.0.0.1 in development; in containers put a reverse proxy in front.",
  "references": [
    "https://cwe.mitre.org/data/definitions/605.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "The app listens on 0.0.0.0.",
  prefilter: ["0.0.0.0"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call",
    "regex": "\\.run\\([^)]{0,200}host\\s*=\\s*['\"]0\\.0\\.0\\.0['\"]"
  }
],
};
