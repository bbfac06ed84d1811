import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/xxe-noent",
  "title": "XML parser with external entities enabled",
  "description": "`noent: true` makes libxmljs expand external entities, so a crafted document reads local files or makes network requests (XXE).",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-611"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.xxe-libxml-express"
  ],
  "remediation": "Leave `noent` off (the default) and disable DTD loading.",
  "references": [
    "https://cwe.mitre.org/data/definitions/611.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "libxml parsing expands external entities (noent: true).",
  prefilter: ["noent"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?noent['\"]?\\s*:\\s*true"
  }
],
};
