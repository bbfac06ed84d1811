import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/dom-xss",
  "title": "DOM-based cross-site scripting",
  "description": "Writing untrusted data into `innerHTML`, `document.write` or React's `dangerouslySetInnerHTML` executes any markup and script it contains.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-79"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "eslint:no-unsanitized/property",
    "eslint:no-unsanitized/method",
    "semgrep:javascript.browser.security.insecure-document-method"
  ],
  "remediation": "Use `textContent`, or sanitize with DOMPurify before inserting HTML.",
  "references": [
    "https://cwe.mitre.org/data/definitions/79.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "Untrusted data is inserted into the page as HTML.",
  sinks: [
  {
    "category": "xss",
    "assignProps": [
      "innerHTML",
      "outerHTML"
    ]
  },
  {
    "category": "xss",
    "methods": [
      "write",
      "writeln"
    ],
    "receivers": [
      "document"
    ]
  },
  {
    "category": "xss",
    "methods": [
      "insertAdjacentHTML"
    ],
    "args": [
      1
    ]
  },
  {
    "category": "xss",
    "jsxAttrs": [
      "dangerouslySetInnerHTML"
    ]
  }
],
};
