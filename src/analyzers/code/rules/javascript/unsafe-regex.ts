import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/unsafe-regex",
  "title": "Regular expression vulnerable to catastrophic backtracking",
  "description": "A nested quantifier such as `(a+)+` takes exponential time on some inputs; one request can stall the event loop.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-1333"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "equivalents": [
    "eslint:security/detect-unsafe-regex"
  ],
  "remediation": "Rewrite without nested quantifiers, or use a linear-time engine (re2).",
  "references": [
    "https://cwe.mitre.org/data/definitions/1333.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "This regex has a nested quantifier that can backtrack exponentially.",
  prefilter: ["+)","*)","}){"],
  skipInTests: true,
  matchers: [
  {
    "kind": "regex"
  }
],
  check: (node) => { const t = node.text(); return /\((?:\?:)?(?:\[[^\]]{0,60}\]|\\.|[^()\[\]|\\])[+*][^()]{0,40}\)[+*{]/.test(t); },
};
