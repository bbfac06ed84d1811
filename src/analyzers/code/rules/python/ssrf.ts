import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/ssrf",
  "title": "Server-side request forgery",
  "description": "Fetching a URL chosen by the requester lets attackers reach internal services and cloud metadata endpoints from your server.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-918"
  ],
  "owasp": [
    "A10:2021-Server-Side Request Forgery"
  ],
  "equivalents": [
    "semgrep:python.flask.security.injection.ssrf-requests.ssrf-requests",
    "semgrep:python.django.security.injection.ssrf.ssrf-injection-requests"
  ],
  "remediation": "Allow-list destination hosts, resolve and reject private and link-local addresses, and disable redirects.",
  "references": [
    "https://cwe.mitre.org/data/definitions/918.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "An outgoing request URL comes from untrusted data.",
  sinks: [
  {
    "category": "ssrf",
    "calls": [
      "requests.get",
      "requests.post",
      "requests.put",
      "requests.delete",
      "requests.head",
      "requests.patch",
      "urllib.request.urlopen",
      "urlopen",
      "urllib2.urlopen",
      "httpx.get",
      "httpx.post",
      "urllib.request.Request",
      "aiohttp.request"
    ],
    "kwargs": [
      "url"
    ]
  },
  {
    "category": "ssrf",
    "calls": [
      "requests.request",
      "httpx.request"
    ],
    "args": [
      1
    ],
    "kwargs": [
      "url"
    ]
  }
],
};
