import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/mass-assignment",
  "title": "Mass assignment from request data",
  "description": "Unpacking the whole request into a model lets clients set fields such as `is_admin` or `owner_id`.",
  "severity": "high",
  "confidence": "medium",
  "cwe": [
    "CWE-915"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "remediation": "Copy only allowed fields, or validate through a schema (pydantic, DRF serializer with explicit fields).",
  "references": [
    "https://cwe.mitre.org/data/definitions/915.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "The whole request payload is unpacked into a model.",
  prefilter: ["**request","**data"],
  matchers: [
  {
    "kind": "call",
    "regex": "^[A-Z]\\w*(?:\\.objects\\.(?:create|update|update_or_create|get_or_create)|\\.create|\\.update)?\\(\\s*\\*\\*request\\.(?:json|form|POST|data|get_json\\(\\)|args)"
  }
],
};
