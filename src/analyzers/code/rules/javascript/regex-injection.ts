import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/regex-injection",
  "title": "Regular expression built from input (ReDoS)",
  "description": "A pattern supplied by the requester can backtrack exponentially and block the event loop for every user.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-1333",
    "CWE-730"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.detect-non-literal-regexp",
    "eslint:security/detect-non-literal-regexp"
  ],
  "remediation": "Escape input with an `escapeRegExp` helper, or match with `includes`/`startsWith`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1333.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "A regular expression is compiled from untrusted data.",
  sinks: [
  {
    "category": "regex",
    "calls": [
      "RegExp"
    ],
    "isNew": true
  },
  {
    "category": "regex",
    "calls": [
      "RegExp"
    ]
  }
],
};
