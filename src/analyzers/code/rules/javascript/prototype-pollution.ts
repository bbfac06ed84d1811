import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/prototype-pollution",
  "title": "Prototype pollution through deep merge",
  "description": "Deep-merging request JSON copies a `__proto__` key onto `Object.prototype`, changing every object in the process: auth bypass or code execution.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-1321"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.prototype-pollution.prototype-pollution-loop"
  ],
  "remediation": "Validate the body against a schema first, merge into `Object.create(null)`, or use a merge that skips `__proto__`/`constructor`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1321.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "Untrusted data is deep-merged into an object.",
  sinks: [
  {
    "category": "prototype",
    "calls": [
      "_.merge",
      "lodash.merge",
      "merge",
      "deepmerge",
      "_.defaultsDeep",
      "defaultsDeep",
      "_.set",
      "lodash.set",
      "_.setWith",
      "deepExtend",
      "mergeDeep",
      "$.extend",
      "jQuery.extend",
      "dotProp.set",
      "objectPath.set"
    ],
    "args": "all"
  }
],
};
