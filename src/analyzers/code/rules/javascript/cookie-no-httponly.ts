import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, isLiteralString, propertyOf, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/cookie-no-httponly",
  "title": "Cookie readable by scripts (httpOnly off)",
  "description": "Without `httpOnly`, any XSS can read the session cookie and hijack the account.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-1004"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-cookie-settings.express-cookie-session-no-httponly"
  ],
  "remediation": "Set `httpOnly: true` on session and auth cookies.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1004.html"
  ]
};

/** Cookie names that carry a session or credential. */
const AUTH_COOKIE = /token|session|sess|sid|auth|jwt|remember|login|refresh|access/i;

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A session or auth cookie is readable by scripts (httpOnly is off or not set).",
  prefilter: ["httpOnly", ".cookie("],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?httpOnly['\"]?\\s*:\\s*false"
  },
  // Express `res.cookie(name, value[, options])` defaults to httpOnly: false.
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "member_expression", "all": [{ "has": { "field": "property", "regex": "^cookie$" } }, { "has": { "field": "object", "regex": "^(?:res|response|reply)$" } }] }
  }
],
  check: (node) => {
    if (node.kind().toString() === 'pair') return true;
    const [name, , options] = argumentsOf(node);
    // CSRF double-submit cookies (csrfToken, XSRF-TOKEN) must be readable by the page's scripts.
    if (!name || !isLiteralString(name) || !AUTH_COOKIE.test(name.text()) || /csrf|xsrf/i.test(name.text())) return false;
    if (!options) return true;
    const opts = resolve(options);
    // Options built elsewhere (a shared config object, a spread) may set httpOnly: unknown, so quiet.
    if (opts.kind().toString() !== 'object' || opts.children().some((c) => c.kind().toString() === 'spread_element')) return false;
    return propertyOf(opts, 'httpOnly') === undefined;
  },
};
