import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/sql-injection",
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
    "bandit:B608",
    "semgrep:python.django.security.injection.sql.sql-injection-using-db-cursor-execute",
    "semgrep:python.sqlalchemy.security.sqlalchemy-execute-raw-query"
  ],
  "remediation": "Use placeholders and pass values separately (`cursor.execute(\"... WHERE id = %s\", (id,))`, SQLAlchemy bound parameters, the Django ORM).",
  "references": [
    "https://cwe.mitre.org/data/definitions/89.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "SQL built from untrusted data is passed to a raw query API.",
  sinks: [
  {
    "category": "sql",
    "methods": [
      "execute",
      "executemany",
      "executescript",
      "raw",
      "mogrify",
      "read_sql",
      "read_sql_query"
    ],
    "kwargs": [
      "sql",
      "query",
      "operation"
    ],
    "fromParams": true
  },
  {
    "category": "sql",
    "calls": [
      "text",
      "sqlalchemy.text",
      "sa.text"
    ],
    "fromParams": true
  },
  {
    "category": "sql",
    "methods": [
      "extra"
    ],
    "args": "all",
    "kwargs": [
      "where",
      "select",
      "tables"
    ]
  }
],
};
