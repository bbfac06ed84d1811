import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, isLiteralString } from './lib/values.js';

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
    "has": { "field": "function", "kind": "member_expression", "has": { "field": "property", "regex": "^postMessage$" } }
  }
],
  // The target origin is the second argument of window.postMessage; a worker/port postMessage takes a transfer list there.
  // A literal message (`'process-tick'` in setImmediate polyfills) carries no data: still '*', but low confidence.
  check: (node) => { const args = argumentsOf(node); if (args.length < 2 || !/^(['"`])\*\1$/.test(args[1]!.text())) return false; return isLiteralString(args[0]!) || args[0]!.kind().toString() === 'number' ? 'low' : true; },
};
