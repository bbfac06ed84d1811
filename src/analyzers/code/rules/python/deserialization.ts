import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/deserialization",
  "title": "Deserialization of untrusted data",
  "description": "`pickle`, `marshal`, `dill` and `yaml.load` with a full loader construct arbitrary objects; attacker data runs code on load.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-502"
  ],
  "owasp": [
    "A08:2021-Software and Data Integrity Failures"
  ],
  "equivalents": [
    "bandit:B301",
    "bandit:B506",
    "semgrep:python.lang.security.deserialization.pickle.avoid-pickle"
  ],
  "remediation": "Exchange JSON, or `yaml.safe_load`; sign data you must round-trip (itsdangerous).",
  "references": [
    "https://cwe.mitre.org/data/definitions/502.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "Untrusted data is deserialized by a loader that can execute code.",
  sinks: [
  {
    "category": "deserialization",
    "calls": [
      "pickle.loads",
      "pickle.load",
      "cPickle.loads",
      "_pickle.loads",
      "dill.loads",
      "marshal.loads",
      "jsonpickle.decode",
      "shelve.open",
      "yaml.unsafe_load",
      "yaml.full_load",
      "pandas.read_pickle",
      "pd.read_pickle",
      "torch.load"
    ]
  },
  {
    "category": "deserialization",
    "calls": [
      "yaml.load",
      "yaml.load_all"
    ],
    "argText": "Loader=yaml.Loader"
  },
  {
    "category": "deserialization",
    "calls": [
      "yaml.load",
      "yaml.load_all"
    ],
    "argText": "Loader=yaml.UnsafeLoader"
  },
  {
    "category": "deserialization",
    "calls": [
      "yaml.load",
      "yaml.load_all"
    ],
    "argText": "Loader=yaml.FullLoader"
  }
],
};
