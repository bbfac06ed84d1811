import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/template-injection",
  "title": "Server-side template injection",
  "description": "Rendering a template whose source comes from the request lets attackers run Jinja2 expressions, which reach arbitrary code execution.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-1336",
    "CWE-94"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:python.flask.security.audit.render-template-string.render-template-string",
    "bandit:B701"
  ],
  "remediation": "Keep template source static (`render_template` with a file) and pass user data as variables.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1336.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "Template source is built from untrusted data.",
  sinks: [
  {
    "category": "template",
    "calls": [
      "render_template_string",
      "flask.render_template_string",
      "jinja2.Template",
      "Template",
      "from_string",
      "mako.template.Template"
    ],
    "methods": [
      "from_string"
    ],
    "kwargs": [
      "source"
    ]
  }
],
};
