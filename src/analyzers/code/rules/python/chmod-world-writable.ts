import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/chmod-world-writable",
  "title": "World-writable file permissions",
  "description": "Mode 0o777/0o666 lets every local user modify the file.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-732"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "bandit:B103"
  ],
  "remediation": "Use the narrowest mode needed (0o600, 0o644, 0o755).",
  "references": [
    "https://cwe.mitre.org/data/definitions/732.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A file is made world-writable.",
  prefilter: ["chmod"],
  matchers: [
  {
    "kind": "call",
    "regex": "chmod\\([^)]{0,200}(?:0o?[0-7]?7[0-7][67]|0o?[0-7]?6[0-7]6|\\b511\\b|\\b438\\b|S_IWOTH)"
  }
],
};
