import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/nosql-injection",
  "title": "NoSQL injection",
  "description": "Mongo filters taken from request data can carry operators such as `$ne` or `$where`, turning an equality check into \"match anything\" or running JavaScript on the server.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-943"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.injection.nosql-injection"
  ],
  "remediation": "Cast request values to strings or numbers before they go into a filter (or validate with a schema), and never put input into `$where`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/943.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "A MongoDB query filter contains request data that may carry query operators.",
  sinks: [
  {
    "category": "nosql",
    "methods": [
      "find",
      "findOne",
      "findOneAndUpdate",
      "findOneAndDelete",
      "updateOne",
      "updateMany",
      "deleteOne",
      "deleteMany",
      "countDocuments",
      "aggregate",
      "$where",
      "where"
    ],
    "fileText": "mongo"
  }
],
};
