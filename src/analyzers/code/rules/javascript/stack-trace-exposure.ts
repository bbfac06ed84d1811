import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/stack-trace-exposure",
  "title": "Error details sent to the client",
  "description": "Stack traces and raw error objects reveal file paths, library versions and query text that help an attacker.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-209"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-detect-error-stack"
  ],
  "remediation": "Log the error server-side and send a generic message with an id.",
  "references": [
    "https://cwe.mitre.org/data/definitions/209.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "An error stack or raw error is sent in the response.",
  // The matcher needs `res.`/`response.` right before send/json/end/write or status(): "err" alone is in nearly every file.
  prefilter: ["res.send", "res.json", "res.end", "res.write", "res.status", "response.send", "response.json", "response.end", "response.write", "response.status"],
  matchers: [
  {
    // Cheap structural tests first: the callee must be `….send/json/end/write`, before the text regex runs.
    "all": [
      { "kind": "call_expression" },
      { "has": { "field": "function", "kind": "member_expression", "all": [{ "has": { "field": "property", "regex": "^(?:send|json|end|write)$" } }, { "has": { "field": "object", "regex": "^res(?:ponse)?\\b" } }] } },
      { "regex": "^res(?:ponse)?(?:\\.status\\([^)]{0,20}\\))?\\.(?:send|json|end|write)\\([^)]{0,200}\\b(?:err|error|e|ex)(?:\\.stack\\b|\\s*\\)|\\s*\\})" }
    ]
  }
],
};
