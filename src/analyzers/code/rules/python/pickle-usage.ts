import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/pickle-usage",
  "title": "pickle/marshal/shelve deserialization",
  "description": "Unpickling runs code chosen by whoever produced the bytes; it is only safe for data you wrote yourself and stored safely.",
  "severity": "medium",
  "confidence": "low",
  "cwe": [
    "CWE-502"
  ],
  "owasp": [
    "A08:2021-Software and Data Integrity Failures"
  ],
  "equivalents": [
    "bandit:B301",
    "bandit:B302",
    "semgrep:python.lang.security.deserialization.pickle.avoid-pickle"
  ],
  "remediation": "Use JSON for data that crosses a trust boundary; sign pickles you must keep (hmac).",
  "references": [
    "https://cwe.mitre.org/data/definitions/502.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "Data is deserialized with pickle/marshal/dill/shelve.",
  prefilter: ["pickle","marshal","dill","shelve"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call",
    "regex": "^(?:pickle|cPickle|_pickle|dill|marshal|jsonpickle)\\.(?:loads?|decode|Unpickler)\\("
  },
  {
    // shelve stores values with pickle: opening a shelf unpickles whatever the file holds (bandit B301).
    "kind": "call",
    "regex": "^shelve\\.(?:open|DbfilenameShelf)\\("
  }
],
};
