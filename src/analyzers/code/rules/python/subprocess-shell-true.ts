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

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A shell is invoked with a non-literal command.",
  prefilter: ["shell=True","os.system","os.popen"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call",
    "regex": "^subprocess\\.\\w+\\([^\\n]{0,400}shell\\s*=\\s*True"
  },
  {
    "kind": "call",
    "regex": "^os\\.(?:system|popen)\\("
  }
],
  check: (node) => !/quote\(/.test(node.text()) && ((node) => { const args = node.field('arguments'); const first = args?.children().find((c) => c.isNamed()); if (!first) return false; const k = first.kind().toString(); if (k === 'integer' || k === 'float') return false; if (k === 'string') return first.children().some((c) => c.kind().toString() === 'interpolation'); return true; })(node),
};
