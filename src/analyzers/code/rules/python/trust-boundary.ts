import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/trust-boundary",
  "title": "Trust boundary violation: request data stored in the session",
  "description": "Values put in the session are later trusted as server-set state; storing raw request data there lets users forge that state.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-501"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "remediation": "Validate and normalise data before storing it in the session, and store only server-derived values (ids you looked up).",
  "references": [
    "https://cwe.mitre.org/data/definitions/501.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "Untrusted request data is stored in the server session.",
  sinks: [
  {
    "category": "session",
    "assignRoots": [
      "session",
      "flask.session",
      "request.session"
    ]
  }
],
};
