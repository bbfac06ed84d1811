import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/open-redirect",
  "title": "Open redirect",
  "description": "Redirecting to a URL from the request lets phishing links borrow your domain's reputation and can leak tokens in OAuth flows.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-601"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-open-redirect"
  ],
  "remediation": "Redirect only to relative paths you validated, or to URLs on an allow-list of hosts.",
  "references": [
    "https://cwe.mitre.org/data/definitions/601.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "A redirect target comes from untrusted data.",
  sinks: [
  {
    "category": "redirect",
    "methods": [
      "redirect",
      "location"
    ],
    "receivers": [
      "res",
      "response",
      "ctx",
      "reply",
      "h",
      "NextResponse",
      "Response"
    ],
    "args": "all"
  },
  {
    "category": "redirect",
    "calls": [
      "redirect",
      "permanentRedirect"
    ],
    "fileText": "next/navigation"
  },
  {
    "category": "redirect",
    "assignProps": [
      "location",
      "href"
    ]
  }
],
};
