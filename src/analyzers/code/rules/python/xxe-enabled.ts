import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/xxe-enabled",
  "title": "XML parser with external entities enabled",
  "description": "Resolving external entities lets a crafted document read local files or reach internal hosts (XXE).",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-611"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "bandit:B313",
    "bandit:B320",
    "semgrep:python.lang.security.use-defused-xml.use-defused-xml"
  ],
  "remediation": "Use defusedxml, or keep `resolve_entities=False` and `feature_external_ges` off.",
  "references": [
    "https://cwe.mitre.org/data/definitions/611.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "An XML parser is configured to resolve external entities.",
  // Constant documents cannot carry attacker entities: quiet when every parse in the file is proven fed by constants.
  sinkRule: 'code/python/xxe-injection',
  prefilter: ["feature_external","resolve_entities","no_network"],
  matchers: [
  {
    "kind": "call",
    "regex": "setFeature\\([^)]{0,80}feature_external_(?:ges|pes)\\s*,\\s*(?:True|1)\\s*\\)"
  },
  {
    "kind": "call",
    "regex": "XMLParser\\([^)]{0,300}resolve_entities\\s*=\\s*True"
  },
  {
    "kind": "call",
    "regex": "XMLParser\\([^)]{0,300}no_network\\s*=\\s*False"
  }
],
};
