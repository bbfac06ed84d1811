import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/insecure-random",
  "title": "Non-cryptographic random used for a security value",
  "description": "The `random` module is a Mersenne Twister: its output can be predicted from a few samples, so tokens and passwords made with it can be guessed.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-330",
    "CWE-338"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B311",
    "semgrep:python.lang.security.audit.insecure-random"
  ],
  "remediation": "Use the `secrets` module (`secrets.token_urlsafe()`) or `random.SystemRandom()`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/330.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "The random module produces a value that looks security-sensitive.",
  prefilter: ["random"],
  skipInTests: true,
  matchers: [
  {
    // `from random import randint`: bare calls (checked against the import below).
    "kind": "call",
    "regex": "^(?:randint|randrange|choice|choices|sample|getrandbits|randbytes)\\("
  },
  {
    "kind": "call",
    "regex": "^random\\.(?:random|randint|randrange|choice|choices|sample|getrandbits|randbytes|uniform|normalvariate|gauss|triangular|betavariate|expovariate|shuffle|lognormvariate|vonmisesvariate|paretovariate|weibullvariate)\\("
  }
],
  check: (node, text) => { if (!node.text().startsWith('random.')) { const name = node.text().slice(0, node.text().indexOf('(')); const imported = /^[ \t]*from[ \t]+random[ \t]+import[ \t]+([^\n#]{1,300})/m.exec(text); if (!imported || !imported[1]!.split(/[\s,()]+/).includes(name)) return false; } const re = /token|secret|password|passwd|session|nonce|otp|salt|api_?key|apikey|reset|csrf|auth|credential|cookie|remember|verif|invite/i; const start = node.range().start.index; const lineStart = text.lastIndexOf('\n', start) + 1; const lineEnd = text.indexOf('\n', start); if (re.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) return true; let cur = node.parent(); for (let i = 0; cur && i < 60; i++, cur = cur.parent()) { const k = cur.kind().toString(); if (k === 'function_definition' || k === 'function_declaration' || k === 'method_definition' || k === 'arrow_function' || k === 'function_expression') { const body = cur.text(); return body.length < 4000 && re.test(body) ? 'low' : false; } } return false; },
};
