import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/cors-wildcard-credentials",
  "title": "CORS allows any origin with credentials",
  "description": "Allowing every origin together with credentials lets any website make authenticated requests and read the answers.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-942"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:python.flask.security.audit.flask-cors-misconfiguration"
  ],
  "remediation": "List trusted origins explicitly.",
  "references": [
    "https://cwe.mitre.org/data/definitions/942.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "CORS allows any origin while sending credentials.",
  prefilter: ["supports_credentials","allow_credentials"],
  matchers: [
  {
    "kind": "call",
    "regex": "(?:CORS|add_middleware)\\([^)]{0,400}(?:origins|allow_origins)\\s*=\\s*[\\[]?\\s*['\"]\\*['\"][^)]{0,300}(?:supports_credentials|allow_credentials)\\s*=\\s*True"
  },
  {
    "kind": "call",
    "regex": "(?:CORS|add_middleware)\\([^)]{0,400}(?:supports_credentials|allow_credentials)\\s*=\\s*True[^)]{0,300}(?:origins|allow_origins)\\s*=\\s*[\\[]?\\s*['\"]\\*['\"]"
  }
],
};
