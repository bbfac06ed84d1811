import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/tls-verification-disabled",
  "title": "TLS certificate verification disabled",
  "description": "With `rejectUnauthorized: false` any certificate is accepted, so anyone on the network path can read and alter the traffic.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-295"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "semgrep:javascript.node-tls.security.bypass-tls-verification",
    "eslint:@microsoft/sdl/no-insecure-tls"
  ],
  "remediation": "Remove the option; for private CAs pass the CA certificate with `ca:`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/295.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "TLS certificate verification is switched off.",
  prefilter: ["rejectUnauthorized"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?rejectUnauthorized['\"]?\\s*:\\s*false"
  }
],
};
