import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/ssl-insecure-version",
  "title": "Insecure SSL/TLS protocol version",
  "description": "SSLv2/v3 and TLS 1.0/1.1 have known attacks (POODLE, BEAST) and are disabled by modern clients.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-327"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B502",
    "bandit:B503"
  ],
  "remediation": "Use `ssl.PROTOCOL_TLS_CLIENT` and set `minimum_version = ssl.TLSVersion.TLSv1_2`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/327.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "An obsolete SSL/TLS protocol version is selected.",
  prefilter: ["PROTOCOL_"],
  matchers: [
  {
    "kind": "attribute",
    "regex": "^ssl\\.PROTOCOL_(?:SSLv2|SSLv3|SSLv23|TLSv1|TLSv1_1)$"
  }
],
};
