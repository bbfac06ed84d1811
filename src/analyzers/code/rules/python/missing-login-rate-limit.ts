import type { RuleMeta } from '../../../../core/rule.js';
import type { AppRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/missing-login-rate-limit",
  "title": "Login route without rate limiting",
  "description": "Without a limit on login and token endpoints, attackers can guess passwords at full speed.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-307"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "remediation": "Add Flask-Limiter (`@limiter.limit(\"5/minute\")`) or equivalent to login, token and reset routes.",
  "references": [
    "https://cwe.mitre.org/data/definitions/307.html"
  ]
};

export const rule: AppRule = {
  kind: 'app',
  meta,
  language: 'python',
  message: "A login/token route has no rate limiting in this app.",
  prefilter: ["login","token","signin","auth"],
  entry: {
  "kind": "decorator",
  "regex": "^@\\w+\\.(?:route|post)\\(\\s*['\"][^'\"]{0,60}(?i:login|signin|sign-in|token|auth)"
},
  protections: ["Limiter","limiter","ratelimit","RateLimit","throttle"],
};
