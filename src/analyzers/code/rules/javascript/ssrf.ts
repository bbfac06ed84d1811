import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/ssrf",
  "title": "Server-side request forgery",
  "description": "Fetching a URL chosen by the requester lets attackers reach internal services, cloud metadata endpoints and admin panels from your server.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-918"
  ],
  "owasp": [
    "A10:2021-Server-Side Request Forgery"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.injection.tainted-url-host"
  ],
  "remediation": "Allow-list hosts (or whole URLs), resolve and reject private addresses, and never fetch a URL taken verbatim from a request.",
  "references": [
    "https://cwe.mitre.org/data/definitions/918.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "An outgoing request URL comes from untrusted data.",
  sinks: [
  {
    "category": "ssrf",
    "calls": [
      "fetch",
      "axios",
      "axios.get",
      "axios.post",
      "axios.put",
      "axios.delete",
      "axios.request",
      "http.get",
      "https.get",
      "http.request",
      "https.request",
      "got",
      "got.get",
      "needle",
      "superagent.get",
      "request",
      "request.get",
      "undici.request",
      "ky.get"
    ]
  }
],
};
