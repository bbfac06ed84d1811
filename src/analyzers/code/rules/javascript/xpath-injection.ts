import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/xpath-injection",
  "title": "XPath injection",
  "description": "An XPath expression built from input lets attackers select other nodes, e.g. every user instead of one.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-643"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.xpath.security.xpath-injection"
  ],
  "remediation": "Use XPath variables (parameterised expressions) or strictly validate the value.",
  "references": [
    "https://cwe.mitre.org/data/definitions/643.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "An XPath expression is built from untrusted data.",
  sinks: [
  {
    "category": "xpath",
    "calls": [
      "xpath.select",
      "xpath.evaluate",
      "xpath.select1",
      "document.evaluate",
      "select"
    ],
    "fileText": "xpath"
  }
],
};
