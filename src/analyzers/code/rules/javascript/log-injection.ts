import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/log-injection",
  "title": "Log injection",
  "description": "Request data with newlines written to logs forges log entries and can hide an attack or trip log-processing tools.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-117"
  ],
  "owasp": [
    "A09:2021-Security Logging and Monitoring Failures"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.unsafe-formatstring"
  ],
  "remediation": "Log structured fields (pino/winston objects) or strip CR/LF from input before logging.",
  "references": [
    "https://cwe.mitre.org/data/definitions/117.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "Untrusted data is written to a log unescaped.",
  sinks: [
  {
    "category": "log",
    "methods": [
      "info",
      "warn",
      "error",
      "debug",
      "log"
    ],
    "receivers": [
      "logger",
      "log",
      "winston",
      "pino",
      "bunyan",
      "console"
    ]
  }
],
};
