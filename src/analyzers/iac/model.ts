/**
 * One located value tree for every IaC format (YAML, JSON, HCL), so rules and adapters
 * never care which parser produced a value, and every value knows its line.
 */
export interface Span {
  readonly sl: number;
  readonly sc: number;
  readonly el: number;
  readonly ec: number;
}

export type Scalar = string | number | boolean | null;

export interface VNode {
  readonly kind: 'map' | 'list' | 'scalar' | 'expr';
  readonly span: Span;
  /** For a value inside a map: where its key is, so "key: value" findings start at the key. */
  keySpan?: Span;
  readonly value?: Scalar;
  readonly entries?: Map<string, VNode>;
  readonly items?: VNode[];
  /** Unresolved expression text (HCL references, function calls, interpolated templates). */
  readonly raw?: string;
  /** CloudFormation intrinsic (`Ref`, `Fn::Sub`, …) when the node is one. */
  readonly tag?: string;
  /** The intrinsic's argument, located. */
  readonly arg?: VNode;
}

export function spanOf(node: VNode): Span {
  const k = node.keySpan;
  return k ? { sl: k.sl, sc: k.sc, el: node.span.el, ec: node.span.ec } : node.span;
}

/** The line a finding about this node points at: the key line for a map value, else the value. */
export function headSpan(node: VNode): Span {
  const s = node.keySpan ?? node.span;
  return { sl: s.sl, sc: s.sc, el: s.sl, ec: s.sl === s.el ? s.ec : s.sc + 1 };
}

export function get(node: VNode | undefined, ...path: (string | number)[]): VNode | undefined {
  let cur = node;
  for (const step of path) {
    if (!cur) return undefined;
    if (typeof step === 'number') cur = cur.kind === 'list' ? cur.items?.[step] : undefined;
    else cur = cur.kind === 'map' ? cur.entries?.get(step) : undefined;
  }
  return cur;
}

/** Case-insensitive key lookup (CloudFormation and Compose authors vary case). */
export function getCi(node: VNode | undefined, key: string): VNode | undefined {
  if (!node || node.kind !== 'map' || !node.entries) return undefined;
  const direct = node.entries.get(key);
  if (direct) return direct;
  const lower = key.toLowerCase();
  for (const [k, v] of node.entries) if (k.toLowerCase() === lower) return v;
  return undefined;
}

export function str(node: VNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar') return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  return String(v);
}

/** true/false from booleans and their YAML/HCL/CFN string spellings; undefined when unknown. */
export function bool(node: VNode | undefined): boolean | undefined {
  if (!node || node.kind !== 'scalar') return undefined;
  const v = node.value;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const l = v.trim().toLowerCase();
    if (l === 'true' || l === 'yes' || l === 'on') return true;
    if (l === 'false' || l === 'no' || l === 'off') return false;
  }
  return undefined;
}

export function num(node: VNode | undefined): number | undefined {
  if (!node || node.kind !== 'scalar') return undefined;
  const v = node.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d{1,15}(\.\d{1,10})?$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

export function items(node: VNode | undefined): VNode[] {
  if (!node) return [];
  if (node.kind === 'list') return node.items ?? [];
  return [node];
}

export function entries(node: VNode | undefined): [string, VNode][] {
  return node?.kind === 'map' && node.entries ? [...node.entries] : [];
}

/** A string list from a scalar or list of scalars (IAM `Action: "s3:*"` or `Action: [...]`). */
export function strings(node: VNode | undefined): { value: string; node: VNode }[] {
  const out: { value: string; node: VNode }[] = [];
  for (const item of items(node)) {
    const s = str(item);
    if (s !== undefined) out.push({ value: s, node: item });
  }
  return out;
}

export function scalar(value: Scalar, span: Span): VNode {
  return { kind: 'scalar', value, span };
}
