import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/django-debug",
  "title": "Django DEBUG enabled in settings",
  "description": "DEBUG=True shows full tracebacks, settings and SQL to any visitor who triggers an error.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-489",
    "CWE-215"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:python.django.security.audit.django-debug-true"
  ],
  "remediation": "Set `DEBUG = os.environ.get(\"DJANGO_DEBUG\") == \"1\"` and keep it off in production.",
  "references": [
    "https://cwe.mitre.org/data/definitions/489.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "Django DEBUG is hard-coded to True.",
  prefilter: ["DEBUG"],
  matchers: [
  {
    "kind": "assignment",
    "regex": "^DEBUG\\s*=\\s*True$"
  }
],
  check: (node, text) => /INSTALLED_APPS|ALLOWED_HOSTS|ROOT_URLCONF|django/.test(text),
};
