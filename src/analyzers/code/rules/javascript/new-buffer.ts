import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, isLiteralString } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/new-buffer",
  "title": "Deprecated Buffer constructor with a computed argument",
  "description": "`new Buffer(x)` allocates `x` bytes when `x` is a number and copies it when it is a string; a number where a string was expected (a JSON body field) makes the server allocate attacker-chosen amounts of memory, and on old Node versions return it uninitialised.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-770"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "equivalents": [
    "eslint:security/detect-new-buffer",
    "eslint:no-buffer-constructor",
    "eslint:n/no-deprecated-api"
  ],
  "remediation": "Use `Buffer.from(value)` for data and `Buffer.alloc(size)` with a bounded size for allocation.",
  "references": [
    "https://cwe.mitre.org/data/definitions/770.html",
    "https://nodejs.org/api/deprecations.html#DEP0005"
  ]
};

/** A file that defines or imports its own `Buffer` (a class, a polyfill) is not calling Node's constructor. */
const LOCAL_BUFFER = /\b(?:class|function)\s+Buffer\b|\bimport\s+Buffer\b|\b(?:var|let|const)\s+Buffer\s*=(?!\s*require\(\s*['"](?:node:)?buffer['"]\s*\)\.Buffer)/;

/** The file-wide test, once per file: run per match, it made a file with thousands of Buffer calls quadratic. */
let lastText: string | undefined;
let lastLocal = false;
function definesBuffer(text: string): boolean {
  if (text !== lastText) { lastText = text; lastLocal = LOCAL_BUFFER.test(text); }
  return lastLocal;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "The deprecated Buffer constructor is called with a value whose type is not fixed.",
  prefilter: ["Buffer("],
  skipInTests: true,
  matchers: [
  {
    "kind": "new_expression",
    "has": { "field": "constructor", "regex": "^Buffer$" }
  },
  {
    "kind": "call_expression",
    "has": { "field": "function", "regex": "^Buffer$" }
  }
],
  // A literal string, array or number has a fixed meaning (deprecated, but not exploitable).
  check: (node, text) => {
    if (definesBuffer(text)) return false;
    const first = argumentsOf(node)[0];
    if (!first) return false;
    const kind = first.kind().toString();
    return !isLiteralString(first) && kind !== 'array' && kind !== 'number';
  },
};
