import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { literalSecret } from './jwt-hardcoded-secret.js';

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
  message: "The session middleware is configured with a literal secret (or a literal fallback for a missing environment variable).",
  prefilter: ["session","Session"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?(?:secret|keys)['\"]?\\s*:",
    "inside": {
      "kind": "call_expression",
      "stopBy": "end",
      "regex": "^(?:session|expressSession|cookieSession|cookieParser)\\("
    }
  }
],
  // `secret: 'x'`, `keys: ['x']`, `secret: process.env.S || 'x'`, or a constant holding one of these.
  check: (node) => {
    let value = node.field('value');
    if (value?.kind().toString() === 'array') value = value.children().find((c) => c.isNamed()) ?? null;
    return literalSecret(value ?? undefined);
  },
};
