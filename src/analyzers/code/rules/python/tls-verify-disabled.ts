import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/tls-verify-disabled",
  "title": "TLS certificate verification disabled",
  "description": "With `verify=False` any certificate is accepted, so anyone on the network path can read and alter the traffic, including credentials.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-295"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B501",
    "semgrep:python.requests.security.disabled-cert-validation.disabled-cert-validation"
  ],
  "remediation": "Remove `verify=False`; pass a CA bundle path for private CAs.",
  "references": [
    "https://cwe.mitre.org/data/definitions/295.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "An HTTP client call disables certificate verification.",
  prefilter: ["verify=False"],
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:requests|httpx|session|s|client|self\\.session|requests\\.Session\\(\\))\\.?\\w*\\([^)]{0,400}\\bverify\\s*=\\s*False"
  },
  {
    "kind": "call",
    "regex": "^(?:httpx\\.)?(?:Client|AsyncClient)\\([^)]{0,200}verify\\s*=\\s*False"
  }
],
};
