import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/mass-assignment",
  "title": "Mass assignment from request body",
  "description": "Passing the whole request body to a model lets clients set fields they should not, such as `isAdmin` or `ownerId`.",
  "severity": "high",
  "confidence": "medium",
  "cwe": [
    "CWE-915"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "remediation": "Pick the allowed fields explicitly or validate with a schema that strips unknown keys.",
  "references": [
    "https://cwe.mitre.org/data/definitions/915.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "The whole request body is written into a model.",
  prefilter: ["req.body","request.body","ctx.request.body"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^[\\w.$]+\\.(?:create|update|insert|insertMany|build|findByIdAndUpdate|findOneAndUpdate|updateOne|upsert)\\((?:[^()]{0,80},\\s*)?(?:req|request|ctx\\.request)\\.body\\s*[,)]"
  },
  {
    "kind": "new_expression",
    "regex": "^new\\s+[A-Z]\\w*\\(\\s*(?:req|request)\\.body\\s*\\)"
  }
],
};
