import type { RuleMeta } from '../../../../core/rule.js';
import type { SgNode } from '@ast-grep/napi';
import type { Confidence } from '../../../../core/severity.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/sql-string-format",
  "title": "SQL query built with string formatting",
  "description": "Formatting values into SQL text is injectable as soon as one value comes from outside.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-89"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "bandit:B608",
    "semgrep:python.lang.security.audit.formatted-sql-query.formatted-sql-query"
  ],
  "remediation": "Use placeholders and pass parameters separately.",
  "references": [
    "https://cwe.mitre.org/data/definitions/89.html"
  ]
};

/**
 * The start of a SQL statement: a verb and the word that makes it a statement (`SELECT … FROM`,
 * `DROP TABLE`), so "Update failed: %s" or a shell line passed to some other `.execute` is not SQL.
 * Single bounded quantifiers only: the literal is scanned text.
 */
const SQL_SHAPE = /^[\s(]{0,40}(?:select\b[^;]{0,3000}?\bfrom\b|insert\s+(?:or\s+\w+\s+)?into\b|update\s[^;]{0,300}?\bset\b|delete\s+from\b|(?:drop|create|alter)\s+(?:(?:or\s+replace|temp|temporary|unique|if\s+exists|if\s+not\s+exists)\s+){0,3}(?:table|index|view|trigger|database|schema|user|role|function|procedure|sequence)\b|truncate\b|replace\s+into\b|pragma\s|attach\s+database\b|grant\s|revoke\s|show\s+(?:tables|columns|databases|index|create)\b|describe\s|with\s+\w+\s+as\s*\(|merge\s+into\b|exec(?:ute)?\s+\w)/i;
/** `%s` and friends; a template whose every specifier is numeric (`%d`, `%(id)i`, `%.2f`) cannot carry quotes. */
const SPECIFIER = /%(?:\([^)\n]{0,40}\))?[-#0 +]{0,4}\d{0,4}(?:\.\d{0,4})?([a-zA-Z%])/g;
const NUMERIC_SPECS = new Set(['d', 'i', 'u', 'f', 'F', 'e', 'E', 'g', 'G', 'x', 'X', 'o', '%']);
/** Conversions that leave no room for SQL text (`int(x)`), and identifier quoting (`quote_name`), which is weaker. */
const COERCIONS = new Set(['int', 'float', 'len', 'bool', 'abs', 'round', 'uuid.UUID', 'UUID', 'Decimal', 'decimal.Decimal']);
const QUOTERS = /(?:^|\.)(?:quote_name|quote_ident|quote_identifier|escape_string|escape|literal|Identifier|quote)$/;
const SCOPES = new Set(['function_definition', 'module']);
const MAX_SCOPE_CHARS = 40_000;

type Rating = 'none' | Confidence;
const ORDER: Rating[] = ['none', 'low', 'medium', 'high'];
const max = (a: Rating, b: Rating): Rating => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

function kindOf(node: SgNode): string { return node.kind().toString(); }

/** The literal text of a plain (uninterpolated) string or implicit concatenation, or undefined. */
function literalText(node: SgNode): string | undefined {
  const k = kindOf(node);
  if (k === 'parenthesized_expression') { const inner = node.children().find((c) => c.isNamed()); return inner ? literalText(inner) : undefined; }
  if (k === 'concatenated_string') {
    let out = '';
    for (const part of node.children()) { if (!part.isNamed()) continue; const t = literalText(part); if (t === undefined) return undefined; out += t; }
    return out;
  }
  if (k !== 'string') return undefined;
  let out = '';
  for (const c of node.children()) {
    const ck = kindOf(c);
    if (ck === 'interpolation') return undefined;
    if (ck === 'string_content' || ck === 'escape_sequence') out += c.text();
  }
  return out;
}

/** How much a value spliced into SQL text could carry: literals and coerced numbers nothing; an ALL_CAPS name is probably a constant defined elsewhere. */
function rateValue(node: SgNode, depth = 0): Rating {
  if (depth > 6) return 'medium';
  const k = kindOf(node);
  switch (k) {
    case 'string': return node.children().some((c) => kindOf(c) === 'interpolation') ? rateParts(node.children().filter((c) => kindOf(c) === 'interpolation'), depth) : 'none';
    case 'concatenated_string': return rateParts(node.children().filter((c) => c.isNamed()), depth);
    case 'integer': case 'float': case 'true': case 'false': case 'none': return 'none';
    case 'interpolation': { const e = node.children().find((c) => c.isNamed() && kindOf(c) !== 'format_specifier' && kindOf(c) !== 'type_conversion'); return e ? rateValue(e, depth + 1) : 'none'; }
    case 'parenthesized_expression': case 'tuple': case 'list': case 'expression_list': return rateParts(node.children().filter((c) => c.isNamed()), depth);
    case 'dictionary': return rateParts(node.children().filter((c) => kindOf(c) === 'pair').map((p) => p.field('value')).filter((v): v is SgNode => v !== null), depth);
    case 'identifier': {
      // What the name was last set to in this function, else at module level; out of sight, an ALL_CAPS name is most likely a constant.
      const name = node.text();
      const values = assignmentsOf(node, name);
      const seen = values.length ? values : moduleAssignments(node, name);
      if (seen.length) return rateParts(seen, depth);
      return /^[A-Z][A-Z0-9_]*$/.test(name) ? 'low' : 'medium';
    }
    case 'binary_operator': { const l = node.field('left'), r = node.field('right'); return max(l ? rateValue(l, depth + 1) : 'none', r ? rateValue(r, depth + 1) : 'none'); }
    case 'call': {
      const callee = node.field('function')?.text() ?? '';
      if (COERCIONS.has(callee)) return 'none';
      if (QUOTERS.test(callee)) return 'low';
      if (callee === 'str') { const a = node.field('arguments')?.children().find((c) => c.isNamed()); return a ? rateValue(a, depth + 1) : 'none'; }
      return 'medium';
    }
    default: return 'medium';
  }
}

function rateParts(parts: SgNode[], depth: number): Rating {
  let out: Rating = 'none';
  for (const p of parts) { out = max(out, rateValue(p, depth + 1)); if (out === 'medium') break; }
  return out;
}

/** The function (or module) around a node, when small enough to search. */
function scopeOf(node: SgNode): SgNode | undefined {
  let cur = node.parent();
  for (let i = 0; cur && i < 200; i++, cur = cur.parent()) {
    if (!SCOPES.has(kindOf(cur))) continue;
    const r = cur.range();
    return r.end.index - r.start.index <= MAX_SCOPE_CHARS ? cur : undefined;
  }
  return undefined;
}

type Assigned = Array<{ start: number; plain: boolean; value: SgNode }>;
/**
 * Assignments per name, per scope (and the module's top-level ones under the key `top`), built once per
 * tree: the rule looks names up for every execute call, and a search per lookup made big modules quadratic.
 */
const assignedIndex = new WeakMap<object, Map<string, Map<string, Assigned>>>();

function indexed(node: SgNode, key: string, build: () => Map<string, Assigned>): Map<string, Assigned> {
  const root = node.getRoot();
  let byScope = assignedIndex.get(root);
  if (!byScope) assignedIndex.set(root, (byScope = new Map()));
  let names = byScope.get(key);
  if (!names) byScope.set(key, (names = build()));
  return names;
}

function add(into: Map<string, Assigned>, a: SgNode): void {
  const left = a.field('left'), value = a.field('right');
  if (!left || !value || kindOf(left) !== 'identifier') return;
  const list = into.get(left.text()) ?? [];
  list.push({ start: a.range().start.index, plain: kindOf(a) === 'assignment', value });
  into.set(left.text(), list);
}

/** Right-hand sides assigned to `name` in the node's scope before it: the last plain assignment and the `+=` after it. */
function assignmentsOf(use: SgNode, name: string): SgNode[] {
  const scope = scopeOf(use);
  if (!scope) return [];
  const at = use.range().start.index;
  const r = scope.range();
  const names = indexed(scope, `${r.start.index}-${r.end.index}`, () => {
    const out = new Map<string, Assigned>();
    for (const a of scope.findAll({ rule: { any: [{ kind: 'assignment' }, { kind: 'augmented_assignment' }] } })) add(out, a);
    return out;
  });
  const found = (names.get(name) ?? []).filter((f) => f.start < at);
  let last = -1;
  found.forEach((f, i) => { if (f.plain) last = i; });
  return last === -1 ? [] : found.slice(last).map((f) => f.value);
}

/** Values assigned to `name` by top-level statements of the module (`TABLE = "events"`). */
function moduleAssignments(use: SgNode, name: string): SgNode[] {
  let root = use;
  for (let i = 0; i < 400; i++) { const p = root.parent(); if (!p) break; root = p; }
  if (kindOf(root) !== 'module') return [];
  const names = indexed(root, 'top', () => {
    const out = new Map<string, Assigned>();
    for (const stmt of root.children()) {
      if (kindOf(stmt) !== 'expression_statement') continue;
      const a = stmt.children()[0];
      if (a && (kindOf(a) === 'assignment' || kindOf(a) === 'augmented_assignment')) add(out, a);
    }
    return out;
  });
  return (names.get(name) ?? []).map((f) => f.value);
}

/** The operands of a `a + b + c` chain, left to right (nesting bounded: deeper chains end in one operand). */
function plusOperands(node: SgNode): SgNode[] {
  const parts: SgNode[] = [];
  const flatten = (n: SgNode, d: number): void => {
    if (d < 50 && kindOf(n) === 'binary_operator' && n.field('operator')?.text() === '+') { const l = n.field('left'), r = n.field('right'); if (l) flatten(l, d + 1); if (r) flatten(r, d + 1); } else parts.push(n);
  };
  flatten(node, 0);
  return parts;
}

/** A template assembled with `+` from literal pieces and optional parts (`'CREATE DATABASE {name} ' + (' OWNER {o}' if o else '')`): its literal text, with `?` for the rest. */
function concatenatedTemplate(node: SgNode): string | undefined {
  if (kindOf(node) !== 'binary_operator' || node.field('operator')?.text() !== '+') return undefined;
  const parts = plusOperands(node);
  const first = parts[0] ? literalText(parts[0]) : undefined;
  if (first === undefined) return undefined;
  return parts.map((p) => literalText(p) ?? ' ? ').join('');
}

/** The SQL template text behind a node: a literal, or a name assigned one in the same scope. */
function templateOf(node: SgNode): string | undefined {
  const lit = literalText(node);
  if (lit !== undefined) return lit;
  if (kindOf(node) === 'identifier') {
    const values = assignmentsOf(node, node.text());
    if (values.length === 1) return literalText(values[0]!) ?? concatenatedTemplate(values[0]!);
    // A name that says what it holds (`query % x`, `sql.format(...)`) when its literal is out of sight.
    if (values.length === 0 && /^(?:sql|query|stmt|statement)/i.test(node.text())) return 'SELECT x FROM t';
  }
  return undefined;
}

/**
 * How suspicious a query expression is: SQL text built by f-string, `%`, `.format()` or `+` from values
 * that are not constants. A name is followed to its assignments in the same function.
 */
function rateQuery(node: SgNode, depth: number): Rating {
  if (depth > 3) return 'none';
  const k = kindOf(node);
  if (k === 'parenthesized_expression') { const inner = node.children().find((c) => c.isNamed()); return inner ? rateQuery(inner, depth) : 'none'; }
  if (k === 'string') {
    const interps = node.children().filter((c) => kindOf(c) === 'interpolation');
    if (interps.length === 0) return 'none';
    let text = '';
    for (const c of node.children()) { const ck = kindOf(c); if (ck === 'string_content' || ck === 'escape_sequence') text += c.text(); else if (ck === 'interpolation') text += '?'; }
    return SQL_SHAPE.test(text) ? rateParts(interps, 0) : 'none';
  }
  if (k === 'binary_operator') {
    const op = node.field('operator')?.text();
    const left = node.field('left'), right = node.field('right');
    if (!left || !right) return 'none';
    if (op === '%') {
      const template = templateOf(left);
      if (template === undefined || !SQL_SHAPE.test(template)) return 'none';
      const specs = [...template.matchAll(SPECIFIER)].map((m) => m[1]!);
      if (specs.length > 0 && specs.every((s) => NUMERIC_SPECS.has(s))) return 'none';
      return rateValue(right);
    }
    if (op === '+') {
      const parts = plusOperands(node);
      const first = parts.map((p) => literalText(p)).find((t) => t !== undefined);
      if (first === undefined || !SQL_SHAPE.test(first)) return 'none';
      return rateParts(parts.filter((p) => literalText(p) === undefined), 0);
    }
    return 'none';
  }
  if (k === 'call') {
    const fn = node.field('function');
    if (fn && kindOf(fn) === 'attribute' && fn.field('attribute')?.text() === 'format') {
      const obj = fn.field('object');
      const template = obj ? templateOf(obj) : undefined;
      if (template === undefined || !SQL_SHAPE.test(template)) return 'none';
      const args = node.field('arguments')?.children().filter((c) => c.isNamed()) ?? [];
      return rateParts(args.map((a) => (kindOf(a) === 'keyword_argument' ? a.field('value') ?? a : a)), 0);
    }
    return 'none';
  }
  if (k === 'identifier') {
    let out: Rating = 'none';
    for (const value of assignmentsOf(node, node.text())) out = max(out, rateQuery(value, depth + 1));
    return out;
  }
  return 'none';
}

/** The query argument of an execute-family call: the first positional one, or `sql=`/`query=`/`operation=`. */
function queryArgument(call: SgNode): SgNode | undefined {
  const args = call.field('arguments')?.children().filter((c) => c.isNamed()) ?? [];
  const first = args[0];
  if (first && kindOf(first) !== 'keyword_argument') return first;
  for (const a of args) if (kindOf(a) === 'keyword_argument' && /^(?:sql|query|operation|statement)$/.test(a.field('name')?.text() ?? '')) return a.field('value') ?? undefined;
  return undefined;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "A SQL statement is built with string formatting from a non-constant value and executed.",
  prefilter: ["execute", "raw(", "read_sql", "text("],
  skipInTests: true,
  matchers: [
    // DB-API cursors and connections, Django `Model.objects.raw`, pandas `read_sql`, SQLAlchemy `text()`.
    { kind: 'call', has: { field: 'function', regex: '(?:\\.(?:execute|executemany|executescript|mogrify|raw|read_sql|read_sql_query)|^(?:text|sqlalchemy\\.text|sa\\.text))$' } },
  ],
  check: (node) => {
    const query = queryArgument(node);
    if (!query) return false;
    const rating = rateQuery(query, 0);
    return rating === 'none' ? false : rating;
  },
};
