import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, propertyOf, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/upload-no-size-limit",
  "title": "File upload without a size limit",
  "description": "multer accepts files of any size and any count unless `limits` is set: one client can fill the disk or memory of the server with a single request.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-770"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "remediation": "Pass `limits: { fileSize: 5 * 1024 * 1024, files: 1 }` (sized for the use) to multer.",
  "references": [
    "https://cwe.mitre.org/data/definitions/770.html",
    "https://github.com/expressjs/multer#limits"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "multer is configured without limits; uploads of any size are accepted.",
  prefilter: ["multer"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "identifier", "regex": "^multer$" }
  }
],
  check: (node, text) => {
    if (!text.includes('require(\'multer\')') && !text.includes('require("multer")') && !/from\s+['"]multer['"]/.test(text)) return false;
    const options = argumentsOf(node)[0];
    if (!options) return true;
    const opts = resolve(options);
    // Options built elsewhere or spread in may set limits.
    if (opts.kind().toString() !== 'object' || opts.children().some((c) => c.kind().toString() === 'spread_element')) return false;
    const limits = propertyOf(opts, 'limits');
    if (!limits) return true;
    const l = resolve(limits);
    return l.kind().toString() === 'object' && propertyOf(l, 'fileSize') === undefined && !l.children().some((c) => c.kind().toString() === 'spread_element');
  },
};
