import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/stack-trace-exposure",
  "title": "Exception details returned to the client",
  "description": "Tracebacks and exception text reveal paths, versions and queries that help an attacker.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-209"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:python.flask.security.audit.flask-exception-details"
  ],
  "remediation": "Log the exception and return a generic error message.",
  "references": [
    "https://cwe.mitre.org/data/definitions/209.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "Exception details are returned in a response.",
  prefilter: ["format_exc","str(e","str(ex","str(err"],
  matchers: [
  {
    "kind": "return_statement",
    "regex": "traceback\\.format_exc\\(\\)|str\\((?:e|ex|exc|err|error)\\)"
  },
  {
    "kind": "call",
    "regex": "^(?:jsonify|make_response|JsonResponse|HttpResponse)\\([^)]{0,200}(?:traceback\\.format_exc\\(\\)|str\\((?:e|ex|exc|err|error)\\))"
  }
],
};
