import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/unverified-ssl-context",
  "title": "Unverified SSL context",
  "description": "An SSL context without hostname and certificate checks accepts any server, enabling interception.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-295"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B323",
    "semgrep:python.lang.security.unverified-ssl-context.unverified-ssl-context"
  ],
  "remediation": "Use `ssl.create_default_context()` and keep `check_hostname` and `CERT_REQUIRED`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/295.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "An SSL context skips certificate or hostname verification.",
  prefilter: ["_create_unverified_context","CERT_NONE","check_hostname"],
  matchers: [
  {
    "kind": "attribute",
    "regex": "^ssl\\.(?:_create_unverified_context|CERT_NONE)$"
  },
  {
    "kind": "assignment",
    "regex": "\\.check_hostname\\s*=\\s*False"
  }
],
};
