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
  message: "eval() is called with a non-literal argument.",
  prefilter: ["eval("],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^eval\\("
  }
],
  check: (node) => { const args = node.field('arguments'); const first = args?.children().find((c) => c.isNamed()); return !!first && !['string', 'number'].includes(first.kind().toString()) && !(first.kind().toString() === 'template_string' && !first.text().includes('${')); },
};
