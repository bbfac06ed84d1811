import type { SgNode } from '@ast-grep/napi';

/**
 * Small, bounded value lookups for JavaScript pattern rules: what an identifier was initialised with
 * in the enclosing function, and whether an expression is a constant byte/string value. Each scope is
 * walked once per tree (see namesIn), so a hostile file cannot make a rule quadratic in its size.
 */

const SCOPES = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'program']);
const MAX_SCOPE_CHARS = 20_000;

/** The enclosing function (or the program) of a node. */
export function enclosingScope(node: SgNode): SgNode | undefined {
  let cur = node.parent();
  for (let i = 0; cur && i < 200; i++, cur = cur.parent()) if (SCOPES.has(cur.kind().toString())) return cur;
  return undefined;
}

interface ScopeNames {
  /** Declarations per name, in source order, with their initialiser. */
  readonly decls: Map<string, Array<{ start: number; value: SgNode | undefined }>>;
  /** Names assigned (`x = …`, `x += …`) anywhere in the scope. */
  readonly assigned: Set<string>;
}

/**
 * Declarations and assignments per scope, built once per scope and tree: rules resolve an identifier for
 * every match, and searching the program on each lookup made a file with thousands of matches quadratic.
 */
const scopeIndex = new WeakMap<object, Map<string, ScopeNames>>();

function namesIn(scope: SgNode): ScopeNames {
  const root = scope.getRoot();
  let byScope = scopeIndex.get(root);
  if (!byScope) scopeIndex.set(root, (byScope = new Map()));
  const r = scope.range();
  const key = `${scope.kind().toString()}@${r.start.index}-${r.end.index}`;
  let names = byScope.get(key);
  if (names) return names;
  names = { decls: new Map(), assigned: new Set() };
  for (const d of scope.findAll({ rule: { kind: 'variable_declarator', has: { field: 'name', kind: 'identifier' } } })) {
    const name = d.field('name')?.text() ?? '';
    const list = names.decls.get(name) ?? [];
    list.push({ start: d.range().start.index, value: d.field('value') ?? undefined });
    names.decls.set(name, list);
  }
  // `x = …` and `x += …` both change what the name holds.
  for (const a of scope.findAll({ rule: { any: [{ kind: 'assignment_expression' }, { kind: 'augmented_assignment_expression' }], has: { field: 'left', kind: 'identifier' } } })) {
    names.assigned.add(a.field('left')?.text() ?? '');
  }
  byScope.set(key, names);
  return names;
}

/**
 * The single initialiser of `name` visible from `use`: a `const`/`let`/`var` declaration in the enclosing
 * scope chain, before the use, never reassigned in that scope. Undefined when unknown or ambiguous.
 */
export function initializerOf(use: SgNode, name: string): SgNode | undefined {
  const at = use.range().start.index;
  for (let scope = enclosingScope(use), hops = 0; scope && hops < 4; scope = enclosingScope(scope), hops++) {
    const r = scope.range();
    if (r.end.index - r.start.index > MAX_SCOPE_CHARS && scope.kind().toString() !== 'program') continue;
    const names = namesIn(scope);
    const decls = (names.decls.get(name) ?? []).filter((d) => d.start < at);
    if (decls.length === 0) continue;
    if (decls.length > 1) return undefined;
    return names.assigned.has(name) ? undefined : decls[0]!.value;
  }
  return undefined;
}

/** The node itself, or for an identifier its single initialiser (one hop). */
export function resolve(node: SgNode): SgNode {
  const kind = node.kind().toString();
  if (kind !== 'identifier' && kind !== 'shorthand_property_identifier') return node;
  return initializerOf(node, node.text()) ?? node;
}

/** A string literal, or a template literal without substitutions. */
export function isLiteralString(node: SgNode): boolean {
  const kind = node.kind().toString();
  return kind === 'string' || (kind === 'template_string' && !node.children().some((c) => c.kind().toString() === 'template_substitution'));
}

/**
 * A value fixed at write time: a literal string, an array of number literals, `Buffer.from(<literal>)`,
 * `Buffer.alloc(n[, fill])` (zeros or one repeated byte), `new Uint8Array(n)` / `Buffer.alloc(n)`, or
 * an identifier initialised with one of these.
 */
export function isConstantBytes(input: SgNode, depth = 0): boolean {
  if (depth > 3) return false;
  const node = resolve(input);
  const kind = node.kind().toString();
  if (isLiteralString(node)) return true;
  if (kind === 'array') return node.children().filter((c) => c.isNamed()).every((c) => c.kind().toString() === 'number');
  if (kind === 'parenthesized_expression') { const inner = node.children().find((c) => c.isNamed()); return inner ? isConstantBytes(inner, depth + 1) : false; }
  if (kind === 'call_expression' || kind === 'new_expression') {
    const callee = (node.field('function') ?? node.field('constructor'))?.text().replace(/\s+/g, '') ?? '';
    const args = node.field('arguments')?.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment') ?? [];
    const first = args[0];
    if (!first) return false;
    if (callee === 'Buffer.alloc' || callee === 'Uint8Array') {
      // A zero-filled or byte-filled buffer of a literal size.
      return first.kind().toString() === 'number' && (args.length === 1 || args[1]!.kind().toString() === 'number' || isLiteralString(args[1]!));
    }
    if (callee === 'Buffer.from' || callee === 'Buffer' || callee === 'forge.util.hexToBytes' || callee === 'forge.util.decode64') return isConstantBytes(first, depth + 1);
    if (kind === 'call_expression' && node.field('function')?.kind().toString() === 'member_expression') {
      // `'abc'.repeat(16)`, `'x'.padEnd(16, '0')`: string methods on a literal receiver stay constant.
      const object = node.field('function')!.field('object');
      const method = node.field('function')!.field('property')?.text() ?? '';
      if (object && isLiteralString(object) && /^(?:repeat|padEnd|padStart|slice|substring|toString)$/.test(method)) return true;
    }
  }
  return false;
}

/** Number value of a numeric literal (`1024`, `0x400`, `1_024`), or undefined. */
export function numberOf(node: SgNode | undefined): number | undefined {
  if (!node || node.kind().toString() !== 'number') return undefined;
  const n = Number(node.text().replace(/_/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** Arguments of a call or `new`, without comments. */
export function argumentsOf(node: SgNode): SgNode[] {
  return node.field('arguments')?.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment') ?? [];
}

/** The value of `key` in an object literal (`{ key: v }`, `{ 'key': v }`), or undefined. */
export function propertyOf(object: SgNode | undefined, key: string): SgNode | undefined {
  if (!object || object.kind().toString() !== 'object') return undefined;
  for (const pair of object.children()) {
    // `{ expiresIn }` shorthand: the property is there, its value is the same-named variable.
    if (pair.kind().toString() === 'shorthand_property_identifier' && pair.text() === key) return pair;
    if (pair.kind().toString() !== 'pair') continue;
    const k = pair.field('key')?.text().replace(/^['"]|['"]$/g, '');
    if (k === key) return pair.field('value') ?? undefined;
  }
  return undefined;
}
