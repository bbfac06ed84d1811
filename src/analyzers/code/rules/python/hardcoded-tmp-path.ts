import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/hardcoded-tmp-path",
  "title": "Hardcoded path in a shared temp directory",
  "description": "A fixed name under /tmp can be pre-created or symlinked by another local user.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-377"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "equivalents": [
    "bandit:B108"
  ],
  "remediation": "Use `tempfile.mkstemp()`/`TemporaryDirectory()`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/377.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A file is opened at a fixed path under /tmp.",
  prefilter: ["/tmp/"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:open|io\\.open|os\\.open)\\(\\s*['\"]/(?:var/)?tmp/"
  }
],
};
