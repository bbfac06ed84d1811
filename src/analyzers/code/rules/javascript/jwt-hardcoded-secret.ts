import type { RuleMeta } from '../../../../core/rule.js';
import type { SgNode } from '@ast-grep/napi';
import type { PatternRule } from '../types.js';
import { argumentsOf, isLiteralString, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/jwt-hardcoded-secret",
  "title": "Hardcoded JWT signing secret",
  "description": "A signing secret in source is known to everyone with the code; they can sign valid tokens.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-798"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:javascript.jsonwebtoken.security.jwt-hardcode.hardcoded-jwt-secret"
  ],
  "remediation": "Load the secret from the environment or a secret manager.",
  "references": [
    "https://cwe.mitre.org/data/definitions/798.html"
  ]
};

/**
 * A literal secret (high), or a literal fallback behind `process.env.X || '…'` (medium: the code ships a
 * working secret that is used whenever the variable is missing), inline or through a local constant.
 */
export function literalSecret(value: SgNode | undefined): boolean | 'medium' {
  if (!value) return false;
  const v = resolve(value);
  if (isLiteralString(v)) return v.text().length > 2;
  if (v.kind().toString() === 'binary_expression' && /^(?:\|\||\?\?)$/.test(v.field('operator')?.text() ?? '')) {
    const right = v.field('right');
    return right !== null && right !== undefined && isLiteralString(right) && right.text().length > 2 ? 'medium' : false;
  }
  return false;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A JWT is signed or verified with a secret written in the code (or a literal fallback for a missing environment variable).",
  prefilter: ["jwt", "jsonwebtoken"],
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "member_expression", "all": [{ "has": { "field": "object", "regex": "^(?:jwt|jsonwebtoken|JWT)$" } }, { "has": { "field": "property", "regex": "^(?:sign|verify)$" } }] }
  }
],
  check: (node) => literalSecret(argumentsOf(node)[1]),
};
