import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/dangerously-set-inner-html",
  "title": "dangerouslySetInnerHTML with a dynamic value",
  "description": "React escapes everything except `dangerouslySetInnerHTML`; any untrusted part of that HTML becomes script in the page.",
  "severity": "medium",
  "confidence": "low",
  "cwe": [
    "CWE-79"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "eslint:react/no-danger",
    "semgrep:typescript.react.security.audit.react-dangerouslysetinnerhtml.react-dangerouslysetinnerhtml"
  ],
  "remediation": "Render text as children, or sanitize with DOMPurify right where the HTML is inserted.",
  "references": [
    "https://cwe.mitre.org/data/definitions/79.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "HTML from a non-literal value is inserted with dangerouslySetInnerHTML.",
  prefilter: ["dangerouslySetInnerHTML"],
  skipInTests: true,
  matchers: [
  {
    "kind": "jsx_attribute",
    "regex": "^dangerouslySetInnerHTML"
  },
  {
    "kind": "pair",
    "regex": "^['\"]?dangerouslySetInnerHTML"
  }
],
  check: (node) => { const t = node.text(); return !/__html\s*:\s*(?:['"][^'"]*['"]|DOMPurify\.sanitize\(|sanitize\w*\()\s*\}?/.test(t); },
};
