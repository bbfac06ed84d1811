import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/ldap-injection",
  "title": "LDAP injection",
  "description": "An LDAP filter built from input lets attackers add `*)(uid=*` and match or enumerate any directory entry.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-90"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:python.lang.security.audit.ldap-injection"
  ],
  "remediation": "Escape values with `ldap3.utils.conv.escape_filter_chars` (or `ldap.filter.escape_filter_chars`).",
  "references": [
    "https://cwe.mitre.org/data/definitions/90.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "An LDAP filter is built from untrusted data.",
  sinks: [
  {
    "category": "ldap",
    "methods": [
      "search",
      "search_s",
      "search_st",
      "search_ext",
      "search_ext_s",
      "paged_search"
    ],
    "args": [
      0,
      1,
      2
    ],
    "kwargs": [
      "search_filter",
      "filterstr"
    ],
    "fileText": "ldap"
  }
],
};
