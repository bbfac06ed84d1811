import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/helmet-csp-disabled",
  "title": "Content Security Policy disabled in helmet",
  "description": "Turning CSP off removes the main mitigation against injected scripts.",
  "severity": "low",
  "confidence": "high",
  "cwe": [
    "CWE-693"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "remediation": "Keep CSP on and tune its directives.",
  "references": [
    "https://cwe.mitre.org/data/definitions/693.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "helmet is configured with contentSecurityPolicy: false.",
  prefilter: ["contentSecurityPolicy"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?contentSecurityPolicy['\"]?\\s*:\\s*false"
  }
],
};
