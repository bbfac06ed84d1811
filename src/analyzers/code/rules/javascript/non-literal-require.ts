import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/non-literal-require",
  "title": "require() with a dynamic path",
  "description": "Loading a module path computed at runtime can execute attacker-chosen files if any part of the path is influenced by input.",
  "severity": "low",
  "confidence": "low",
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

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "require() is called with a computed path from request data.",
  prefilter: ["require(req","require(`"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^require\\(\\s*(?:req(?:uest)?\\.|`[^`]{0,80}\\$\\{\\s*req)"
  }
],
};
