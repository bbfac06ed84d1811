import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/hardcoded-session-secret",
  "title": "Hardcoded session secret",
  "description": "The session secret signs session cookies; a literal in source lets anyone forge sessions.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-798"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-session-hardcoded-secret"
  ],
  "remediation": "Read the secret from the environment or a secret manager.",
  "references": [
    "https://cwe.mitre.org/data/definitions/798.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "The session middleware is configured with a literal secret.",
  prefilter: ["session","Session"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?(?:secret|keys)['\"]?\\s*:\\s*\\[?\\s*['\"`][^'\"`]{1,200}['\"`]",
    "inside": {
      "kind": "call_expression",
      "stopBy": "end",
      "regex": "^(?:session|expressSession|cookieSession|cookieParser)\\("
    }
  }
],
};
