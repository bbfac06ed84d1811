import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/xxe-injection",
  "title": "Untrusted XML parsed with external entities enabled",
  "description": "A parser that resolves external entities, fed with request data, lets the sender read local files or reach internal hosts through entity references (XXE).",
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
    "bandit:B318",
    "bandit:B320",
    "semgrep:python.lang.security.use-defused-xml-parse.use-defused-xml-parse"
  ],
  "remediation": "Parse untrusted XML with defusedxml, and leave `feature_external_ges`/`resolve_entities` off.",
  "references": [
    "https://cwe.mitre.org/data/definitions/611.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html"
  ]
};

// Only files that switch entity resolution on: the standard parsers keep it off by default (Python ≥ 3.7.1).
const PARSE_CALLS = [
  "xml.dom.minidom.parseString",
  "minidom.parseString",
  "xml.dom.minidom.parse",
  "minidom.parse",
  "xml.dom.pulldom.parseString",
  "pulldom.parseString",
  "xml.sax.parseString",
  "xml.sax.parse",
  "lxml.etree.fromstring",
  "etree.fromstring",
  "lxml.etree.XML",
  "etree.XML",
  "lxml.etree.parse",
  "etree.parse"
];

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "Untrusted XML reaches a parser that resolves external entities.",
  sinks: [
    { category: 'xxe', calls: PARSE_CALLS, fileText: 'feature_external_ges' },
    { category: 'xxe', calls: PARSE_CALLS, fileText: 'feature_external_pes' },
    { category: 'xxe', calls: PARSE_CALLS, fileText: 'resolve_entities=True' },
  ],
};
