import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/eval-dynamic",
  "title": "eval/exec with a dynamic argument",
  "description": "Evaluating a computed string runs whatever code ends up in it.",
  "severity": "medium",
  "confidence": "low",
  "cwe": [
    "CWE-95"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "bandit:B307",
    "bandit:B102",
    "semgrep:python.lang.security.audit.eval-detected.eval-detected"
  ],
  "remediation": "Use `ast.literal_eval`, `json.loads`, or a dispatch table.",
  "references": [
    "https://cwe.mitre.org/data/definitions/95.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "eval/exec is called with a non-literal argument.",
  prefilter: ["eval(","exec("],
  skipInTests: true,
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:eval|exec)\\("
  }
],
  check: (node) => { const args = node.field('arguments'); const first = args?.children().find((c) => c.isNamed()); if (!first) return false; const k = first.kind().toString(); if (k === 'integer' || k === 'float') return false; if (k === 'string') return first.children().some((c) => c.kind().toString() === 'interpolation'); return true; },
};
