import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/sql-injection",
  "title": "SQL injection",
  "description": "A query string built from request data lets an attacker change the query: read other users' rows, bypass login, or drop tables.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-89"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.injection.tainted-sql-string",
    "eslint:security/detect-sql-injection"
  ],
  "remediation": "Pass values as bound parameters (`db.query(\"... WHERE id = $1\", [id])`, Knex bindings, Prisma `$queryRaw` tagged templates) and never concatenate input into SQL text.",
  "references": [
    "https://cwe.mitre.org/data/definitions/89.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "SQL built from untrusted data is passed to a raw query API.",
  sinks: [
  {
    "category": "sql",
    "methods": [
      "query",
      "execute",
      "raw",
      "$queryRawUnsafe",
      "$executeRawUnsafe",
      "whereRaw",
      "orderByRaw",
      "havingRaw",
      "joinRaw",
      "unsafe"
    ],
    "fromParams": true
  },
  {
    "category": "sql",
    "methods": [
      "all",
      "get",
      "run",
      "exec",
      "prepare",
      "each"
    ],
    "receivers": [
      "db",
      "database",
      "sqlite",
      "conn",
      "connection",
      "this.db"
    ],
    "fromParams": true
  }
],
};
