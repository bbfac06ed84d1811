import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/flask-debug",
  "title": "Flask debug mode enabled",
  "description": "The Werkzeug debugger lets anyone who can trigger an error run Python code on the server.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-489",
    "CWE-94"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "bandit:B201",
    "semgrep:python.flask.security.audit.debug-enabled.debug-enabled"
  ],
  "remediation": "Never pass `debug=True` in code that can reach production; drive it from an environment variable defaulting to off.",
  "references": [
    "https://cwe.mitre.org/data/definitions/489.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "Flask runs with the interactive debugger enabled.",
  prefilter: ["debug=True"],
  matchers: [
  {
    "kind": "call",
    "regex": "\\.run\\([^)]{0,300}\\bdebug\\s*=\\s*True"
  }
],
};
