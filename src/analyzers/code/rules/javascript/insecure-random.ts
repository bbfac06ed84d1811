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
  check: (node, text) => { const re = /token|secret|password|passwd|session|nonce|otp|salt|api_?key|apikey|reset|csrf|auth|credential|cookie|remember|verif|invite/i; const start = node.range().start.index; const lineStart = text.lastIndexOf('\n', start) + 1; const lineEnd = text.indexOf('\n', start); if (re.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) return true; let cur = node.parent(); for (let i = 0; cur && i < 60; i++, cur = cur.parent()) { const k = cur.kind().toString(); if (k === 'function_definition' || k === 'function_declaration' || k === 'method_definition' || k === 'arrow_function' || k === 'function_expression') { const body = cur.text(); return body.length < 4000 && re.test(body) ? 'low' : false; } } return false; },
};
