import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/ssh-auto-add-policy",
  "title": "SSH host key not verified (AutoAddPolicy)",
  "description": "Accepting unknown host keys lets a man-in-the-middle impersonate the server and capture credentials.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-295"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "bandit:B507"
  ],
  "remediation": "Load known hosts and use `RejectPolicy`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/295.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "paramiko accepts unknown host keys.",
  prefilter: ["AutoAddPolicy","WarningPolicy"],
  matchers: [
  {
    "kind": "call",
    "regex": "set_missing_host_key_policy\\([^)]{0,80}(?:AutoAddPolicy|WarningPolicy)"
  }
],
};
