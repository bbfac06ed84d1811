import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/xss",
  "title": "Cross-site scripting in an HTTP response",
  "description": "Request data returned as HTML without escaping runs as script in the victim's browser.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-79"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:python.flask.security.audit.directly-returned-format-string.directly-returned-format-string",
    "semgrep:python.django.security.audit.xss.direct-use-of-httpresponse",
    "bandit:B703",
    "bandit:B704"
  ],
  "remediation": "Render templates with auto-escaping (`render_template`), or escape with `markupsafe.escape`/`html.escape`; return JSON for data.",
  "references": [
    "https://cwe.mitre.org/data/definitions/79.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "Untrusted data is returned as HTML without escaping.",
  sinks: [
  {
    "category": "xss",
    "routeReturn": true,
    "unlessArgText": ["text/plain", "application/json"]
  },
  {
    // Flask's Response renders its body as HTML by default; Django REST framework's Response serialises data.
    "category": "xss",
    "calls": ["Response", "flask.Response"],
    "fileText": "flask",
    "kwargs": ["response"],
    "responseTuple": true,
    "unlessArgText": ["text/plain", "application/json"]
  },
  {
    "category": "xss",
    "calls": [
      "make_response",
      "flask.make_response",
      "HttpResponse",
      "Markup",
      "markupsafe.Markup",
      "mark_safe",
      "HTMLResponse"
    ],
    "kwargs": [
      "content",
      "response"
    ],
    "responseTuple": true,
    // Plain-text and JSON bodies are not parsed as HTML by the browser.
    "unlessArgText": ["text/plain", "application/json"]
  }
],
};
