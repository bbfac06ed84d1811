import type { SgNode } from '@ast-grep/napi';
import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { enclosingScope } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/prototype-polluting-assignment",
  "title": "Nested property write with request-chosen keys",
  "description": "`obj[a][b] = v` with `a` and `b` from a request lets `a = '__proto__'` write `b` onto Object.prototype: every object in the process then carries the attacker's property (auth flags, template options, shell paths).",
  "severity": "high",
  "confidence": "medium",
  "cwe": [
    "CWE-1321"
  ],
  "owasp": [
    "A08:2021-Software and Data Integrity Failures"
  ],
  "equivalents": [
    "codeql:js/prototype-polluting-assignment"
  ],
  "remediation": "Reject `__proto__`, `constructor` and `prototype` keys, check `Object.hasOwn(obj, a)` before descending, or store user-keyed data in a `Map` or an `Object.create(null)` object.",
  "references": [
    "https://cwe.mitre.org/data/definitions/1321.html",
    "https://codeql.github.com/codeql-query-help/javascript/js-prototype-polluting-assignment/"
  ]
};

const REQUEST = /^(?:req|request|ctx\.request|ctx)\.(?:body|query|params)\b/;
/** Guards that make the write safe: key deny-lists, own-property checks, prototype-less containers. */
const GUARD = /__proto__|['"]constructor['"]|['"]prototype['"]|hasOwnProperty|Object\.hasOwn|Object\.create\(null\)|new Map\b/;

/** Is this key expression request data: `req.body.k` inline, or a local bound from `req.body`/`req.query`/`req.params`? */
function fromRequest(key: SgNode, scope: SgNode): boolean {
  const text = key.text();
  if (REQUEST.test(text)) return true;
  if (key.kind().toString() !== 'identifier') return false;
  for (const decl of scope.findAll({ rule: { kind: 'variable_declarator' } })) {
    const value = decl.field('value');
    if (!value || !REQUEST.test(value.text())) continue;
    const name = decl.field('name');
    if (!name) continue;
    if (name.kind().toString() === 'identifier' ? name.text() === text : name.findAll({ rule: { kind: 'shorthand_property_identifier_pattern' } }).some((n) => n.text() === text) || name.findAll({ rule: { kind: 'identifier' } }).some((n) => n.text() === text)) return true;
  }
  return false;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "An object is written at two levels of keys taken from the request; '__proto__' as the first key pollutes every object.",
  prefilter: ["]["],
  skipInTests: true,
  matchers: [
  {
    "kind": "assignment_expression",
    "has": { "field": "left", "kind": "subscript_expression", "has": { "field": "object", "kind": "subscript_expression" } }
  }
],
  check: (node) => {
    const outer = node.field('left')!;
    const inner = outer.field('object')!;
    const first = inner.field('index');
    const second = outer.field('index');
    if (!first || !second) return false;
    const scope = enclosingScope(node);
    if (!scope || scope.kind().toString() === 'program' || scope.range().end.index - scope.range().start.index > 20_000) return false;
    if (GUARD.test(scope.text())) return false;
    return fromRequest(first, scope) && fromRequest(second, scope);
  },
};
