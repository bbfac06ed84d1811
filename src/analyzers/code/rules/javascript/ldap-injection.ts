import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/ldap-injection",
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
    "semgrep:javascript.ldapjs.security.ldap-injection"
  ],
  "remediation": "Escape filter values (ldapjs `EqualityFilter`, or an RFC 4515 escape helper).",
  "references": [
    "https://cwe.mitre.org/data/definitions/90.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "An LDAP filter is built from untrusted data.",
  sinks: [
  {
    "category": "ldap",
    "methods": [
      "search"
    ],
    "receivers": [
      "client",
      "ldap",
      "ldapClient",
      "conn",
      "connection"
    ],
    "args": [
      0,
      1
    ],
    "fileText": "ldap"
  }
],
};
