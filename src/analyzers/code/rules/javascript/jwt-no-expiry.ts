import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, propertyOf, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/jwt-no-expiry",
  "title": "JWT issued without an expiry",
  "description": "A token signed without `expiresIn` (or an `exp` claim) is valid forever: one leaked token from a log, a browser or a proxy is a permanent login that cannot be revoked short of rotating the key.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-613"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "remediation": "Pass `{ expiresIn: '15m' }` (or a suitable lifetime) to `jwt.sign`, and use refresh tokens for long sessions.",
  "references": [
    "https://cwe.mitre.org/data/definitions/613.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "jwt.sign() issues a token without an expiry (no expiresIn option, no exp claim).",
  prefilter: ["jwt", "jsonwebtoken"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "member_expression", "all": [{ "has": { "field": "object", "regex": "^(?:jwt|jsonwebtoken|JWT)$" } }, { "has": { "field": "property", "regex": "^sign$" } }] }
  }
],
  check: (node) => {
    const [payload, , options] = argumentsOf(node);
    if (!payload) return false;
    const claims = resolve(payload);
    // Only a visible payload object can prove `exp` is missing; a spread or a variable may carry it.
    if (claims.kind().toString() !== 'object' || claims.children().some((c) => c.kind().toString() === 'spread_element')) return false;
    if (propertyOf(claims, 'exp') !== undefined) return false;
    if (!options) return true;
    const opts = resolve(options);
    if (opts.kind().toString() !== 'object' || opts.children().some((c) => c.kind().toString() === 'spread_element')) return false;
    return propertyOf(opts, 'expiresIn') === undefined;
  },
};
