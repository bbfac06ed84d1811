import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/child-process-dynamic",
  "title": "Shell command built dynamically",
  "description": "A shell command assembled at runtime is one unvalidated value away from command injection.",
  "severity": "medium",
  "confidence": "low",
  "cwe": [
    "CWE-78"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "eslint:security/detect-child-process",
    "semgrep:javascript.lang.security.detect-child-process.detect-child-process"
  ],
  "remediation": "Use `execFile`/`spawn` with an argument array.",
  "references": [
    "https://cwe.mitre.org/data/definitions/78.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A shell is invoked with a non-literal command.",
  prefilter: ["child_process"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^(?:child_process\\.|cp\\.|childProcess\\.)?exec(?:Sync)?\\("
  }
],
  check: (node) => { const args = node.field('arguments'); const first = args?.children().find((c) => c.isNamed()); return !!first && !['string', 'number'].includes(first.kind().toString()) && !(first.kind().toString() === 'template_string' && !first.text().includes('${')); },
};
