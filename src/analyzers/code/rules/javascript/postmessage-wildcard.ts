import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/postmessage-wildcard",
  "title": "postMessage to any origin",
  "description": "A target origin of `*` delivers the message to whatever page is in that window, including an attacker's.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-345"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "equivalents": [
    "semgrep:javascript.browser.security.wildcard-postmessage-configuration"
  ],
  "remediation": "Pass the exact expected origin.",
  "references": [
    "https://cwe.mitre.org/data/definitions/345.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "postMessage is sent with target origin \"*\".",
  prefilter: ["postMessage"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "\\.postMessage\\([^)]{1,200},\\s*['\"]\\*['\"]\\s*\\)"
  }
],
};
