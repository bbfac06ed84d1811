import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/yaml-unsafe-load",
  "title": "yaml.load with an unsafe loader",
  "description": "PyYAML's full/unsafe loaders construct arbitrary Python objects; a YAML document can run code.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-502"
  ],
  "owasp": [
    "A08:2021-Software and Data Integrity Failures"
  ],
  "equivalents": [
    "bandit:B506",
    "semgrep:python.lang.security.deserialization.avoid-pyyaml-load.avoid-pyyaml-load"
  ],
  "remediation": "Use `yaml.safe_load`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/502.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "YAML is loaded with a loader that can construct arbitrary objects.",
  prefilter: ["yaml"],
  matchers: [
  {
    "kind": "call",
    "regex": "^yaml\\.(?:unsafe_load|unsafe_load_all|full_load)\\("
  },
  {
    "kind": "call",
    "regex": "^yaml\\.load(?:_all)?\\(",
    "not": {
      "regex": "Loader\\s*=\\s*(?:yaml\\.)?(?:CSafeLoader|SafeLoader|BaseLoader)"
    }
  }
],
};
