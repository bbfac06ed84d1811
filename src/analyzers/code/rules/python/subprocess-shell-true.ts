import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/subprocess-shell-true",
  "title": "subprocess with shell=True and a dynamic command",
  "description": "A shell command built at runtime is one unvalidated value away from command injection.",
  "severity": "medium",
  "confidence": "low",
  "cwe": [
    "CWE-78"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "bandit:B602",
    "bandit:B605",
    "semgrep:python.lang.security.audit.subprocess-shell-true.subprocess-shell-true"
  ],
  "remediation": "Pass an argument list without `shell=True`, or quote with `shlex.quote`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/78.html"
  ]
};

/** Per file and bare name (a search of the whole text per call made files with thousands of calls quadratic). */
let importsOf: { text: string; names: Map<string, boolean> } | undefined;
function importedBare(text: string, callee: string): boolean {
  if (importsOf?.text !== text) importsOf = { text, names: new Map() };
  let found = importsOf.names.get(callee);
  if (found === undefined) {
    const module = callee === 'system' || callee === 'popen' ? 'os' : 'subprocess';
    found = new RegExp(`^[ \\t]*from[ \\t]+${module}[ \\t]+import[^\\n]*\\b${callee}\\b`, 'm').test(text);
    importsOf.names.set(callee, found);
  }
  return found;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A shell is invoked with a non-literal command.",
  prefilter: ["shell=True","shell = True","system(","popen("],
  skipInTests: true,
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:subprocess\\.)?(?:call|run|Popen|check_output|check_call)\\("
  },
  {
    "kind": "call",
    "regex": "^(?:os\\.)?(?:system|popen)\\("
  }
],
  check: (node, text) => {
    const callee = node.field('function')?.text() ?? '';
    // Bare names only count when imported from the module (`from subprocess import Popen`).
    if (!callee.includes('.') && !importedBare(text, callee)) return false;
    const args = node.field('arguments');
    if (!/system|popen/.test(callee) && !/\bshell=True\b/.test((args?.text() ?? '').replace(/\s+/g, ''))) return false;
    if (/quote\(/.test(node.text())) return false;
    const first = args?.children().find((c) => c.isNamed());
    if (!first) return false;
    const k = first.kind().toString();
    if (k === 'integer' || k === 'float') return false;
    if (k === 'string') return first.children().some((c) => c.kind().toString() === 'interpolation');
    return true;
  },
};
