import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/tls-env-disabled",
  "title": "NODE_TLS_REJECT_UNAUTHORIZED set to 0",
  "description": "Setting `NODE_TLS_REJECT_UNAUTHORIZED=0` turns off certificate checks for every HTTPS connection the process makes.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-295"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.node-tls-reject-unauthorized"
  ],
  "remediation": "Delete the assignment; configure the trusted CA instead (`NODE_EXTRA_CA_CERTS`).",
  "references": [
    "https://cwe.mitre.org/data/definitions/295.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "Certificate verification is disabled process-wide.",
  prefilter: ["NODE_TLS_REJECT_UNAUTHORIZED"],
  matchers: [
  {
    "kind": "assignment_expression",
    "regex": "NODE_TLS_REJECT_UNAUTHORIZED['\"]?\\]?\\s*=\\s*['\"]?0"
  }
],
};
