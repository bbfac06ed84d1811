import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/log-injection",
  "title": "Log injection",
  "description": "Request data with newlines written to logs forges entries and can hide an attack.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-117"
  ],
  "owasp": [
    "A09:2021-Security Logging and Monitoring Failures"
  ],
  "equivalents": [
    "semgrep:python.flask.security.injection.tainted-log-injection"
  ],
  "remediation": "Log input as a structured field or strip CR/LF before logging; use `%s` arguments rather than string building.",
  "references": [
    "https://cwe.mitre.org/data/definitions/117.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "Untrusted data is written to a log unescaped.",
  sinks: [
  {
    "category": "log",
    "methods": [
      "info",
      "warning",
      "warn",
      "error",
      "debug",
      "critical",
      "exception",
      "log"
    ],
    "receivers": [
      "logger",
      "logging",
      "log",
      "LOGGER",
      "_logger",
      "LOG",
      "app.logger"
    ]
  }
],
};
