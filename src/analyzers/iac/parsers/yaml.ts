import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Alias, type Document, type Node as YNode } from 'yaml';
import { LineIndex } from '../../../core/location.js';
import type { Span, VNode } from '../model.js';
import { parseJsonLocated } from './json.js';

export interface YamlDoc {
  readonly root: VNode | undefined;
  /** 1-based line where the document starts (after `---`). */
  readonly line: number;
}

export interface YamlParse {
  readonly docs: YamlDoc[];
  readonly errors: { line: number; message: string }[];
}

/** CloudFormation short-form intrinsics and their long names. */
const CFN_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref', '!Sub': 'Fn::Sub', '!GetAtt': 'Fn::GetAtt', '!Join': 'Fn::Join', '!Select': 'Fn::Select',
  '!Split': 'Fn::Split', '!If': 'Fn::If', '!Equals': 'Fn::Equals', '!Not': 'Fn::Not', '!And': 'Fn::And',
  '!Or': 'Fn::Or', '!FindInMap': 'Fn::FindInMap', '!Base64': 'Fn::Base64', '!Cidr': 'Fn::Cidr',
  '!ImportValue': 'Fn::ImportValue', '!GetAZs': 'Fn::GetAZs', '!Condition': 'Condition', '!Transform': 'Fn::Transform',
  '!ToJsonString': 'Fn::ToJsonString', '!Length': 'Fn::Length',
};
const LONG_INTRINSICS = new Set(Object.values(CFN_TAGS));

const MAX_DEPTH = 200;
/**
 * Nodes that aliases may add to a file beyond this floor plus one per character of it. Shared
 * defaults (`<<: *defaults` in every service) stay far below it; an alias bomb (each level nine
 * aliases of the one before) doubles past it within a few hundred bytes.
 */
const ALIAS_NODES_FLOOR = 10_000;

/**
 * YAML (and JSON, a subset) to located values. Unknown tags (CloudFormation's `!Ref`…)
 * are kept as intrinsics rather than failing, as CloudFormation itself reads them.
 */
export function parseYaml(text: string): YamlParse {
  // Strict JSON (CloudFormation JSON, Terraform plans, policy strings) takes the linear reader: the same tree, far faster.
  const json = parseJsonLocated(text, LONG_INTRINSICS);
  if (json) return json;
  const index = new LineIndex(text);
  const errors: { line: number; message: string }[] = [];
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { merge: true, prettyErrors: false, uniqueKeys: false, strict: false }) as Document.Parsed[];
    if (!Array.isArray(documents)) documents = [documents as unknown as Document.Parsed];
  } catch (error) {
    return { docs: [], errors: [{ line: 1, message: error instanceof Error ? error.message : String(error) }] };
  }
  const docs: YamlDoc[] = [];
  const aliasBudget = ALIAS_NODES_FLOOR + text.length;
  let aliasNodes = 0;
  for (const doc of documents) {
    for (const e of doc.errors) errors.push({ line: index.position(e.pos[0]).line, message: e.message.split('\n', 1)[0] ?? e.message });
    if (doc.errors.length) continue;
    const span = (range: readonly number[] | null | undefined): Span => {
      const r = range ?? [0, 0, 0];
      const a = index.position(r[0]!);
      const b = index.position(Math.max(r[0]!, r[1]!));
      return { sl: a.line, sc: a.column, el: b.line, ec: b.column };
    };
    // Each alias's anchor, found in one pass: Alias.resolve(doc) walks the whole document per
    // alias, quadratic in a file of many aliases. The last anchor of the name before the alias
    // wins, as in resolve().
    const targets = new Map<Alias, YNode>();
    const anchors = new Map<string, YNode>();
    visit(doc, {
      Node(_key, n) {
        if (isAlias(n)) {
          const target = anchors.get(n.source);
          if (target) targets.set(n, target);
        } else if (n.anchor) anchors.set(n.anchor, n);
      },
    });
    const seen = new Set<YNode>();
    let inAlias = 0;
    let stoppedAt: number | undefined;
    const convert = (node: unknown, depth: number): VNode | undefined => {
      if (depth > MAX_DEPTH || node === null || node === undefined) return undefined;
      // An alias bomb is exponential in its nesting: expansion stops at a budget linear in the file, said, not silent.
      if (inAlias > 0 && ++aliasNodes > aliasBudget) return undefined;
      if (isAlias(node)) {
        const target = targets.get(node);
        // An alias cycle must not loop: one expansion per chain.
        if (!target || seen.has(target)) return undefined;
        if (aliasNodes >= aliasBudget) {
          stoppedAt ??= span(node.range).sl;
          return undefined;
        }
        seen.add(target);
        inAlias++;
        const out = convert(target, depth + 1);
        inAlias--;
        seen.delete(target);
        if (aliasNodes > aliasBudget) stoppedAt ??= span(node.range).sl;
        return out ? { ...out, span: span(node.range) } : undefined;
      }
      const tag = (node as { tag?: string }).tag;
      const intrinsic = tag && CFN_TAGS[tag];
      if (isScalar(node)) {
        const raw = node.value;
        const value = raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : String(raw);
        const base: VNode = { kind: 'scalar', value, span: span(node.range) };
        if (intrinsic) return { kind: 'expr', span: base.span, tag: intrinsic, arg: base, raw: value === null ? '' : String(value) };
        return base;
      }
      if (isSeq(node)) {
        const list: VNode[] = [];
        for (const item of node.items) {
          const v = convert(item, depth + 1);
          if (v) list.push(v);
        }
        const base: VNode = { kind: 'list', items: list, span: span(node.range) };
        if (intrinsic) return { kind: 'expr', span: base.span, tag: intrinsic, arg: base };
        return base;
      }
      if (isMap(node)) {
        const map = new Map<string, VNode>();
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const keyNode = pair.key as YNode | null;
          const key = isScalar(keyNode) ? String(keyNode.value) : keyNode === null ? '' : undefined;
          if (key === undefined) continue;
          if (key === '<<') {
            const merged = convert(pair.value, depth + 1);
            for (const src of merged?.kind === 'list' ? merged.items ?? [] : merged ? [merged] : []) {
              for (const [k, v] of src.entries ?? []) if (!map.has(k)) map.set(k, v);
            }
            continue;
          }
          let value = convert(pair.value, depth + 1);
          const keySpan = span(keyNode?.range);
          if (!value) value = { kind: 'scalar', value: null, span: keySpan };
          else value = { ...value };
          value.keySpan = keySpan;
          map.set(key, value);
        }
        const base: VNode = { kind: 'map', entries: map, span: span(node.range) };
        if (intrinsic) return { kind: 'expr', span: base.span, tag: intrinsic, arg: base };
        // Long-form intrinsic: a one-key map `{ "Ref": "X" }` / `{ "Fn::Sub": … }`.
        if (map.size === 1) {
          const [k, v] = [...map][0]!;
          if (LONG_INTRINSICS.has(k)) return { kind: 'expr', span: base.span, tag: k, arg: v, raw: v.kind === 'scalar' ? String(v.value) : undefined };
        }
        return base;
      }
      return undefined;
    };
    const root = convert(doc.contents, 0);
    if (stoppedAt !== undefined) errors.push({ line: stoppedAt, message: `aliases expand to more than ${aliasBudget} nodes (an alias bomb?); those past it were left out` });
    const startLine = doc.contents?.range ? index.position(doc.contents.range[0]).line : 1;
    docs.push({ root, line: startLine });
  }
  return { docs, errors };
}
