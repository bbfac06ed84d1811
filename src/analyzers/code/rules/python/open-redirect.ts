import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/open-redirect",
  "title": "Open redirect",
  "description": "Redirecting to a URL from the request lets phishing links borrow your domain and can leak OAuth codes.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-601"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "semgrep:python.flask.security.open-redirect.open-redirect",
    "semgrep:python.django.security.injection.open-redirect.open-redirect"
  ],
  "remediation": "Redirect only to `url_for(...)` targets or validate with `url_has_allowed_host_and_scheme`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/601.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "A redirect target comes from untrusted data.",
  sinks: [
  {
    "category": "redirect",
    "calls": [
      "redirect",
      "flask.redirect",
      "HttpResponseRedirect",
      "HttpResponsePermanentRedirect",
      "RedirectResponse",
      "django.shortcuts.redirect"
    ],
    "kwargs": [
      "location",
      "url",
      "redirect_to"
    ]
  }
],
};
