import type { RuleMeta } from '../../../../core/rule.js';
import type { AppRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/missing-body-size-limit",
  "title": "Flask app without a request body size limit",
  "description": "Flask accepts bodies of any size by default; a few large uploads can exhaust memory or disk.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-770"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "remediation": "Set `app.config[\"MAX_CONTENT_LENGTH\"] = 16 * 1024 * 1024` (or what your uploads need).",
  "references": [
    "https://cwe.mitre.org/data/definitions/770.html"
  ]
};

export const rule: AppRule = {
  kind: 'app',
  meta,
  language: 'python',
  message: "This Flask app accepts request bodies of unlimited size (no MAX_CONTENT_LENGTH).",
  prefilter: ["Flask("],
  entry: {
  "kind": "call",
  "regex": "^Flask\\("
},
  requires: ["request."],
  protections: ["MAX_CONTENT_LENGTH","max_content_length"],
};
