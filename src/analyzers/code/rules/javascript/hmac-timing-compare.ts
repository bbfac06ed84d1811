import type { SgNode } from '@ast-grep/napi';
import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { isLiteralString, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/hmac-timing-compare",
  "title": "HMAC or signature compared with ===",
  "description": "`===` stops at the first differing character, so the time a webhook or token check takes leaks how much of a forged signature is right; an attacker recovers a valid MAC byte by byte.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-208"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "eslint:security/detect-possible-timing-attacks"
  ],
  "remediation": "Compare with `crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))` after checking both have the same length.",
  "references": [
    "https://cwe.mitre.org/data/definitions/208.html",
    "https://nodejs.org/api/crypto.html#cryptotimingsafeequala-b"
  ]
};

/** The value is an HMAC (or keyed hash) digest computed here: `createHmac(...)…digest(...)`, inline or via a local. */
function isMac(node: SgNode): boolean {
  const value = resolve(node);
  // Size from the range first: copying out a huge initialiser for every comparison made big files quadratic.
  const r = value.range();
  if (r.end.index - r.start.index >= 600) return false;
  const text = value.text();
  return text.includes('createHmac(') && text.includes('.digest(');
}

function isTrivial(node: SgNode): boolean {
  const kind = node.kind().toString();
  return isLiteralString(node) || kind === 'null' || kind === 'undefined' || kind === 'number' || kind === 'true' || kind === 'false';
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "An HMAC digest is compared with a non-constant-time operator.",
  prefilter: ["createHmac"],
  skipInTests: true,
  matchers: [
  {
    "kind": "binary_expression",
    "has": { "field": "operator", "regex": "^[!=]==?$" }
  }
],
  check: (node) => {
    const left = node.field('left');
    const right = node.field('right');
    if (!left || !right || isTrivial(left) || isTrivial(right)) return false;
    return isMac(left) || isMac(right);
  },
};
