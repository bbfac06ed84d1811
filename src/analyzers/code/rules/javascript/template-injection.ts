import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/template-injection",
  "title": "Server-side template injection",
  "description": "Compiling a template whose text comes from the request lets attackers run template code, which in EJS, Pug and Handlebars reaches arbitrary JavaScript.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-1336"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-ssti"
  ],
  "remediation": "Keep templates static and pass user data only as template variables.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1336.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "Template source is built from untrusted data.",
  sinks: [
  {
    "category": "template",
    "calls": [
      "ejs.render",
      "ejs.compile",
      "pug.compile",
      "pug.render",
      "Handlebars.compile",
      "handlebars.compile",
      "nunjucks.renderString",
      "_.template",
      "lodash.template",
      "doT.template",
      "Mustache.render",
      "mustache.render"
    ]
  }
],
};
