import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/django-allowed-hosts-wildcard",
  "title": "Django ALLOWED_HOSTS accepts any host",
  "description": "A wildcard host enables Host-header attacks such as password-reset link poisoning and cache poisoning.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-16",
    "CWE-644"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "remediation": "List the real host names.",
  "references": [
    "https://cwe.mitre.org/data/definitions/16.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "ALLOWED_HOSTS contains '*'.",
  prefilter: ["ALLOWED_HOSTS"],
  matchers: [
  {
    "kind": "assignment",
    "regex": "^ALLOWED_HOSTS\\s*=\\s*[\\[(][^\\])]{0,200}['\"]\\*['\"]"
  }
],
};
