import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/assert-for-security",
  "title": "assert used for an access check",
  "description": "Python strips `assert` under `-O`; an authorization check written as an assert disappears in optimised deployments.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-703",
    "CWE-617"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "bandit:B101"
  ],
  "remediation": "Raise an explicit exception (`if not user.is_admin: raise PermissionDenied`).",
  "references": [
    "https://cwe.mitre.org/data/definitions/703.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "An authorization/validation check is written as an assert.",
  prefilter: ["assert"],
  skipInTests: true,
  matchers: [
  {
    "kind": "assert_statement",
    "regex": "^assert\\s[^\\n]{0,200}(?i:is_admin|is_staff|is_superuser|is_authenticated|has_perm|permission|authori[sz]|role|owner|request\\.user|current_user|token|csrf|logged_in)"
  }
],
};
