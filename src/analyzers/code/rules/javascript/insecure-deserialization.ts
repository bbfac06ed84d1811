import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/insecure-deserialization",
  "title": "Insecure deserialization",
  "description": "`node-serialize` and similar libraries revive functions; deserializing attacker data runs their code (CVE-2017-5941).",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-502"
  ],
  "owasp": [
    "A08:2021-Software and Data Integrity Failures"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.unsafe-serialize-javascript"
  ],
  "remediation": "Exchange plain JSON with `JSON.parse` and validate its shape.",
  "references": [
    "https://cwe.mitre.org/data/definitions/502.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "Untrusted data is deserialized by a library that can execute code.",
  sinks: [
  {
    "category": "deserialization",
    "calls": [
      "unserialize",
      "serialize.unserialize",
      "nodeSerialize.unserialize",
      "serialijse.deserialize",
      "funcster.deepDeserialize"
    ]
  }
],
};
