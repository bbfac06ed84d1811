import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { isLiteralString, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/non-literal-regexp",
  "title": "RegExp built from a dynamic value",
  "description": "A pattern assembled at runtime may contain attacker-chosen quantifiers (ReDoS) or metacharacters that change what it matches.",
  "severity": "low",
  "confidence": "low",
  "cwe": [
    "CWE-1333",
    "CWE-185"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "equivalents": [
    "eslint:security/detect-non-literal-regexp"
  ],
  "remediation": "Escape dynamic parts (`escapeRegExp`) or avoid regexes for plain substring checks.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1333.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A RegExp is constructed from a non-literal pattern.",
  prefilter: ["RegExp("],
  skipInTests: true,
  matchers: [
  {
    "kind": "new_expression",
    "regex": "^new\\s+RegExp\\("
  },
  {
    "kind": "call_expression",
    "regex": "^RegExp\\("
  }
],
  check: (node) => { const args = node.field('arguments'); const arg = args?.children().find((c) => c.isNamed()); if (!arg) return false; /* A name bound once to a literal in scope is that literal. */ const first = arg.kind().toString() === 'identifier' && isLiteralString(resolve(arg)) ? resolve(arg) : arg; const k = first.kind().toString(); if (k === 'string' || k === 'regex') return false; if (k === 'template_string' && !first.text().includes('${')) return false; return !/escape/i.test(first.text()); },
};
