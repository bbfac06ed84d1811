import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/cleartext-protocol",
  "title": "Cleartext protocol client (Telnet/FTP)",
  "description": "Telnet and FTP send credentials and data unencrypted.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-319"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B321",
    "bandit:B312"
  ],
  "remediation": "Use SSH/SFTP or `ftplib.FTP_TLS`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/319.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A cleartext Telnet/FTP client is used.",
  prefilter: ["telnetlib","ftplib"],
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:telnetlib\\.Telnet|ftplib\\.FTP|FTP|Telnet)\\("
  }
],
};
