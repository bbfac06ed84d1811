import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/insecure-random",
  "title": "Math.random() used for a security value",
  "description": "`Math.random()` is predictable; tokens, passwords and ids made with it can be guessed.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-338"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "eslint:@microsoft/sdl/no-insecure-random",
    "semgrep:javascript.lang.security.audit.insecure-random"
  ],
  "remediation": "Use `crypto.randomBytes`, `crypto.randomUUID()` or `crypto.getRandomValues`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/338.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "Math.random() produces a value that looks security-sensitive.",
  prefilter: ["Math.random"],
  skipInTests: true,
  matchers: [
  {
    "pattern": "Math.random()"
  }
],
  check: (node, text) => { const start = node.range().start.index; const lineStart = text.lastIndexOf('\n', start) + 1; const lineEnd = text.indexOf('\n', start); const around = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd); return /token|secret|password|passwd|session|nonce|otp|salt|apikey|api_key|reset|csrf|auth|credential|invite|verif/i.test(around); },
};
