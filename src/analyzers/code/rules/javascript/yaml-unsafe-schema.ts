import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, propertyOf, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/yaml-unsafe-schema",
  "title": "js-yaml load with a schema that constructs functions",
  "description": "js-yaml's full schema (`DEFAULT_FULL_SCHEMA`, and `DEFAULT_SCHEMA`, its alias in js-yaml 3) or the js-types extension turns `!!js/function` and `!!js/regexp` tags into live code: a YAML document from outside runs code when loaded.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-502"
  ],
  "owasp": [
    "A08:2021-Software and Data Integrity Failures"
  ],
  "remediation": "Load with `schema: yaml.JSON_SCHEMA` or `CORE_SCHEMA` (or js-yaml 4's default), never the full schema or js-types.",
  "references": [
    "https://cwe.mitre.org/data/definitions/502.html",
    "https://github.com/nodeca/js-yaml/blob/master/migrate_v3_to_v4.md"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "YAML is loaded with a schema that can construct JavaScript functions.",
  prefilter: ["DEFAULT_FULL_SCHEMA", "DEFAULT_SCHEMA", "js-yaml-js-types"],
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "member_expression", "has": { "field": "property", "regex": "^(?:load|loadAll)$" } }
  }
],
  check: (node, text) => {
    if (!text.includes('js-yaml')) return false;
    const args = argumentsOf(node);
    // loadAll(str, iterator, options) and load(str, options)
    const options = args.map((a) => resolve(a)).find((a) => a.kind().toString() === 'object');
    const schema = propertyOf(options, 'schema');
    if (!schema) return false;
    const name = schema.text();
    if (/(?:^|\.)DEFAULT_FULL_SCHEMA$/.test(name)) return true;
    // In js-yaml 3, DEFAULT_SCHEMA is the deprecated alias of the full schema; in 4 it is safe.
    if (/(?:^|\.)DEFAULT_SCHEMA$/.test(name)) return 'medium';
    // DEFAULT_SCHEMA.extend(require('js-yaml-js-types').all) and friends.
    return text.includes('js-yaml-js-types') && /\.extend\(/.test(resolve(schema).text());
  },
};
