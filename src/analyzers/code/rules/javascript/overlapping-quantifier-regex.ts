import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { overlappingRepetition, parseRegexShape } from './lib/regex-shape.js';

export const meta: RuleMeta = {
  "id": "code/javascript/overlapping-quantifier-regex",
  "title": "Regular expression with overlapping repetitions (polynomial backtracking)",
  "description": "A repeated group such as `(\\.[a-z]{2,})*` after a class that already matches its characters (`[\\w.-]+`) can split a failing input in quadratically many ways; long inputs to email and host validators built this way stall the event loop.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-1333"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "equivalents": [
    "codeql:js/polynomial-redos"
  ],
  "remediation": "Make the parts disjoint (drop the separator from the leading class, e.g. `[\\w-]+(?:\\.[\\w-]+)*`), or bound the input length before matching.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1333.html",
    "https://codeql.github.com/codeql-query-help/javascript/js-polynomial-redos/"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "This regex repeats a group whose characters an earlier unbounded class also matches; failing inputs backtrack polynomially.",
  prefilter: [")*", ")+", "){"],
  skipInTests: true,
  matchers: [
  {
    "kind": "regex"
  }
],
  check: (node) => {
    const source = node.field('pattern')?.text() ?? '';
    const atoms = parseRegexShape(source);
    return atoms !== undefined && overlappingRepetition(atoms);
  },
};
