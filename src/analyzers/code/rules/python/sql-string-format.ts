import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/sql-string-format",
  "title": "SQL query built with string formatting",
  "description": "Formatting values into SQL text is injectable as soon as one value comes from outside.",
  "severity": "medium",
  "confidence": "low",
  "cwe": [
    "CWE-89"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "bandit:B608",
    "semgrep:python.lang.security.audit.formatted-sql-query.formatted-sql-query"
  ],
  "remediation": "Use placeholders and pass parameters separately.",
  "references": [
    "https://cwe.mitre.org/data/definitions/89.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A SQL statement is built with string formatting and executed.",
  prefilter: ["execute"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call",
    "regex": "(?i)\\.execute(?:many)?\\(\\s*(?:f['\"][^'\"]{0,40}(?:select|insert|update|delete)[^'\"]{0,300}\\{|['\"][^'\"]{0,40}(?:select|insert|update|delete)[^'\"]{0,300}['\"]\\s*(?:%\\s*[\\w(]|\\+|\\.format\\())"
  },
  {
    // `cursor.execute(sql % (a, b))` / `cursor.execute(query.format(name=name))`: a query template filled in by formatting.
    "kind": "call",
    "regex": "\\.execute(?:many)?\\(\\s*(?:sql|query|stmt|statement|q|cmd|command)\\w{0,20}\\s*(?:%\\s*[\\w(]|\\.format\\()"
  }
],
};
