import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/reflected-xss",
  "title": "Cross-site scripting in an HTTP response",
  "description": "Request data written into an HTML response runs as script in the victim's browser: session theft, account takeover.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-79"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.xss.direct-response-write"
  ],
  "remediation": "Render through a template engine with auto-escaping, or escape with a vetted helper; send JSON with `res.json`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/79.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "Untrusted data is written into an HTTP response body without escaping.",
  sinks: [
  {
    "category": "xss",
    "methods": [
      "send",
      "write",
      "end"
    ],
    "receivers": [
      "res",
      "response"
    ]
  },
  {
    "category": "xss",
    "assignProps": [
      "body"
    ]
  },
  // Fetch-API handlers (Next.js route handlers, Remix, Hono, workers) that label the body as HTML.
  {
    "category": "xss",
    "calls": [
      "Response",
      "NextResponse"
    ],
    "isNew": true,
    "argText": "text/html"
  }
],
};
