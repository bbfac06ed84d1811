import type { RuleMeta } from '../../../../core/rule.js';
import type { AppRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/missing-login-rate-limit",
  "title": "Login route without rate limiting",
  "description": "Without a limit on login and token endpoints, attackers can guess passwords or stuff credentials at full speed.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-307"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "remediation": "Add express-rate-limit (or equivalent) to login, token and password-reset routes.",
  "references": [
    "https://cwe.mitre.org/data/definitions/307.html"
  ]
};

export const rule: AppRule = {
  kind: 'app',
  meta,
  language: 'javascript',
  message: "A login/token route is defined with no rate limiting in this app.",
  prefilter: ["login","signin","token","auth"],
  entry: {
  "kind": "call_expression",
  "regex": "^\\w+\\.post\\(\\s*['\"`][^'\"`]{0,60}(?i:login|signin|sign-in|token|auth|password)"
},
  protections: ["rateLimit","rate-limit","RateLimit","limiter","slowDown","throttle"],
};
