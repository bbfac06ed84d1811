import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/regex-injection",
  "title": "Regular expression built from input (ReDoS)",
  "description": "A pattern supplied by the requester can backtrack catastrophically and pin a worker's CPU.",
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
    "semgrep:python.lang.security.audit.regex-dos"
  ],
  "remediation": "Escape input with `re.escape`, or compare with `in`/`startswith`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1333.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "A regular expression is compiled from untrusted data.",
  sinks: [
  {
    "category": "regex",
    "calls": [
      "re.compile",
      "re.match",
      "re.search",
      "re.fullmatch",
      "re.findall",
      "re.finditer",
      "re.sub",
      "re.split"
    ],
    "kwargs": [
      "pattern"
    ]
  }
],
};
