import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/code-injection",
  "title": "Code injection through eval/exec",
  "description": "`eval`, `exec` and `compile` run their argument as Python; with untrusted data an attacker runs arbitrary code in your process.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-95"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "bandit:B307",
    "semgrep:python.lang.security.audit.eval-detected.eval-detected",
    "semgrep:python.lang.security.audit.exec-detected.exec-detected"
  ],
  "remediation": "Use `ast.literal_eval` for literals, `json.loads` for data, or a dispatch table of allowed operations.",
  "references": [
    "https://cwe.mitre.org/data/definitions/95.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "Untrusted data is evaluated as code.",
  sinks: [
  {
    "category": "code",
    "calls": [
      "eval",
      "exec",
      "compile",
      "builtins.eval",
      "builtins.exec"
    ],
    "fromParams": true
  }
],
};
