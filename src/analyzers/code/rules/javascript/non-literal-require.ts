import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/non-literal-require",
  "title": "Module path from request data",
  "description": "A `require()` or `import()` path built from request data lets an attacker load and run any module or file the process can reach, such as an uploaded file or a package with side effects.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-829"
  ],
  "owasp": [
    "A08:2021-Software and Data Integrity Failures"
  ],
  "equivalents": [
    "eslint:security/detect-non-literal-require"
  ],
  "remediation": "Require modules by literal name and map inputs to a fixed set of modules.",
  "references": [
    "https://cwe.mitre.org/data/definitions/829.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "A module path is built from untrusted data.",
  // Module paths are file paths: path sanitizers (basename under a fixed directory) apply, and CLI/env
  // input is the operator's own choice (a config or plugin flag), not an attack.
  sinks: [
  {
    "category": "path",
    "calls": [
      "require",
      "import"
    ]
  }
],
};
