import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/chmod-world-writable",
  "title": "World-writable file permissions",
  "description": "Mode 777/666 lets every local user change the file, e.g. replace code or configuration.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-732"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.incorrect-default-permission"
  ],
  "remediation": "Use the narrowest mode needed, such as 0o600 or 0o755.",
  "references": [
    "https://cwe.mitre.org/data/definitions/732.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A file is made world-writable.",
  // The callee names the matcher requires ("mode" alone was in most files).
  prefilter: ["chmod", "mkdir", "writeFile"],
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "member_expression", "has": { "field": "property", "regex": "^(?:chmod|chmodSync|fchmod|fchmodSync|mkdir|mkdirSync|writeFile|writeFileSync)$" } },
    "regex": "\\.(?:chmod|chmodSync|fchmod|fchmodSync|mkdir|mkdirSync|writeFile|writeFileSync)\\([^)]{0,200}(?:0o?7[0-7]7|0o?6[0-7]6|['\"]7[0-7]7['\"]|\\b511\\b|\\b438\\b)"
  }
],
};
