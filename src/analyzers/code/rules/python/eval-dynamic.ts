import type { RuleMeta } from '../../../../core/rule.js';
import type { SgNode } from '@ast-grep/napi';
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

const LITERALS = new Set(['integer', 'float', 'true', 'false', 'none']);

/** A code argument worth reporting: anything but a literal (an f-string counts by its interpolations). */
function dynamic(first: SgNode | undefined): boolean {
  if (!first) return false;
  const k = first.kind().toString();
  if (LITERALS.has(k)) return false;
  if (k === 'string') return first.children().some((c) => c.kind().toString() === 'interpolation');
  if (k === 'concatenated_string') return first.children().some((c) => c.isNamed() && dynamic(c));
  if (k === 'parenthesized_expression') return dynamic(first.children().find((c) => c.isNamed()));
  return true;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "eval/exec is called with a non-literal argument.",
  // `eval(`, spaced `eval (`, and the Python 2 statement `exec code`; bare "eval" is in every `_eval_*` method name.
  prefilter: ["eval(", "exec(", "eval (", "exec "],
  skipInTests: true,
  // One matcher with alternatives: each matcher is a walk of the whole tree.
  matchers: [{ any: [
    // By the callee node, so `eval (src)` and calls split over lines count.
    { kind: 'call', has: { field: 'function', kind: 'identifier', regex: '^(?:eval|exec)$' } },
    // Python 2: `exec code in namespace`.
    { kind: 'exec_statement' },
    // A call the parser could not close (a file cut short, a syntax error after it): `exec (` inside an ERROR node.
    { kind: 'identifier', regex: '^(?:eval|exec)$', inside: { kind: 'ERROR', stopBy: 'neighbor' } },
  ] }],
  check: (node) => {
    const k = node.kind().toString();
    if (k === 'call') return dynamic(node.field('arguments')?.children().find((c) => c.isNamed()));
    if (k === 'exec_statement') return dynamic(node.children().find((c) => c.isNamed()));
    // ERROR recovery: the next tokens must be `(` and an argument.
    const next = node.next();
    if (!next || next.text() !== '(') return false;
    const arg = next.next();
    return arg !== null && arg.isNamed() && arg.kind().toString() !== 'ERROR' && dynamic(arg);
  },
};
