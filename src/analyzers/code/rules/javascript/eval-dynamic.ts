import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/eval-dynamic",
  "title": "eval() with a dynamic argument",
  "description": "Evaluating a computed string runs whatever code ends up in it; one injection path is enough.",
  "severity": "medium",
  "confidence": "low",
  "cwe": [
    "CWE-95"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "eslint:security/detect-eval-with-expression",
    "eslint:no-eval"
  ],
  "remediation": "Replace with `JSON.parse`, a lookup table, or explicit code.",
  "references": [
    "https://cwe.mitre.org/data/definitions/95.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "eval() or new Function() is called with a non-literal argument.",
  prefilter: ["eval(","Function("],
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "identifier", "regex": "^eval$" }
  },
  {
    "kind": "new_expression",
    "has": { "field": "constructor", "regex": "^(?:Function|\\(\\s*Function\\s*\\))$" }
  }
],
  check: (node) => (node.field('arguments')?.children().filter((c) => c.isNamed()) ?? []).some((a) => !['string', 'number'].includes(a.kind().toString()) && !(a.kind().toString() === 'template_string' && !a.text().includes('${'))),
};
