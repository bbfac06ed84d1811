import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/xpath-injection",
  "title": "XPath injection",
  "description": "An XPath expression built from input lets attackers select other nodes than intended, e.g. every account.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-643"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:python.lang.security.audit.xpath-injection"
  ],
  "remediation": "Use XPath variables (`tree.xpath(\"//u[@id=$id]\", id=value)`) instead of formatting values into the expression.",
  "references": [
    "https://cwe.mitre.org/data/definitions/643.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "An XPath expression is built from untrusted data.",
  sinks: [
  {
    "category": "xpath",
    "calls": [
      "lxml.etree.XPath",
      "etree.XPath",
      "XPath",
      "etree.ETXPath"
    ]
  },
  {
    // elementpath.select(root, path): the expression is the second argument.
    "category": "xpath",
    "calls": [
      "elementpath.select",
      "elementpath.iter_select"
    ],
    "args": [1],
    "kwargs": ["path"]
  },
  {
    "category": "xpath",
    "calls": [
      "elementpath.Selector"
    ],
    "kwargs": ["path"]
  },
  {
    "category": "xpath",
    "methods": [
      "xpath",
      "findall",
      "find",
      "iterfind",
      "findtext"
    ],
    "fileText": "etree"
  }
],
};
