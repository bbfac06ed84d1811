import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/mktemp",
  "title": "Insecure temporary file (mktemp)",
  "description": "`tempfile.mktemp` returns a name that another process can create first, leading to symlink attacks.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-377"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "equivalents": [
    "bandit:B306",
    "semgrep:python.lang.security.audit.insecure-file-permissions"
  ],
  "remediation": "Use `tempfile.mkstemp()` or `NamedTemporaryFile()`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/377.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "tempfile.mktemp() is race-prone.",
  prefilter: ["mktemp"],
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:tempfile\\.)?mktemp\\("
  }
],
};
