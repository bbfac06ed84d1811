import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/nosql-injection",
  "title": "NoSQL injection",
  "description": "Mongo filters taken from request JSON can carry operators such as `$ne` or `$where`, matching every document or running JavaScript in the database.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-943"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:python.pymongo.security.mongodb-injection"
  ],
  "remediation": "Build filters from typed values (`str(...)`, pydantic models) and never pass request objects as filters.",
  "references": [
    "https://cwe.mitre.org/data/definitions/943.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "A MongoDB filter comes from untrusted data.",
  sinks: [
  {
    "category": "nosql",
    "methods": [
      "find",
      "find_one",
      "find_one_and_update",
      "find_one_and_delete",
      "update_one",
      "update_many",
      "delete_one",
      "delete_many",
      "count_documents",
      "aggregate"
    ],
    "fileText": "mongo"
  }
],
};
