import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/code-injection",
  "title": "Code injection through eval",
  "description": "`eval`, `Function`, `vm` and string `setTimeout` run their argument as code; with untrusted data an attacker runs arbitrary JavaScript in your process.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-95"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.browser.security.eval-detected",
    "eslint:security/detect-eval-with-expression",
    "eslint:no-eval"
  ],
  "remediation": "Parse data with `JSON.parse`, look values up in a map of allowed operations, and never evaluate strings from input.",
  "references": [
    "https://cwe.mitre.org/data/definitions/95.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "Untrusted data is evaluated as code.",
  sinks: [
  {
    "category": "code",
    "calls": [
      "eval",
      "setTimeout",
      "setInterval",
      "vm.runInNewContext",
      "vm.runInThisContext",
      "vm.runInContext",
      "vm.compileFunction"
    ],
    "fromParams": true
  },
  {
    "category": "code",
    "calls": [
      "Function",
      "vm.Script",
      "Script"
    ],
    "isNew": true,
    "args": "all"
  }
],
};
