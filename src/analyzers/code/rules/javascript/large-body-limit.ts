import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/large-body-limit",
  "title": "Request body limit too large",
  "description": "A body limit of tens of megabytes lets a few clients exhaust memory with large JSON payloads.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-770"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "remediation": "Keep JSON/urlencoded limits small (the 100kb default), and raise them only on the routes that need it.",
  "references": [
    "https://cwe.mitre.org/data/definitions/770.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A body parser accepts very large request bodies.",
  prefilter: ["limit"],
  matchers: [
  {
    "kind": "pair",
    "regex": "^['\"]?limit['\"]?\\s*:\\s*['\"]\\s*(?:[1-9]\\d{1,4}\\s*mb|[1-9]\\d*\\s*gb)['\"]",
    "inside": {
      "kind": "call_expression",
      "stopBy": "end",
      "regex": "(?:json|urlencoded|text|raw)\\("
    }
  }
],
};
