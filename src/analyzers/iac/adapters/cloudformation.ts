import { get, str, type Span, type VNode } from '../model.js';

export interface CfnResource {
  readonly logicalId: string;
  readonly type: string;
  readonly path: string;
  /** The `Properties:` key line, or the logical id's when there are none. */
  readonly head: Span;
  /** `Properties`, with `!Ref Parameter` replaced by the parameter's default where it has one. */
  readonly props: VNode;
}

/** A template has `AWSTemplateFormatVersion`, or `Resources` whose entries carry an `AWS::` type. */
export function isCloudFormation(root: VNode | undefined): boolean {
  if (!root || root.kind !== 'map') return false;
  if (get(root, 'AWSTemplateFormatVersion')) return true;
  const resources = get(root, 'Resources');
  if (resources?.kind !== 'map') return false;
  for (const r of resources.entries?.values() ?? []) {
    const t = str(get(r, 'Type'));
    if (t && (t.startsWith('AWS::') || t.startsWith('Custom::') || t.includes('::'))) return true;
  }
  return false;
}

const MAX_DEPTH = 60;

export function cfnResources(path: string, root: VNode): CfnResource[] {
  const params = new Map<string, VNode>();
  for (const [name, p] of get(root, 'Parameters')?.entries ?? []) {
    const d = get(p, 'Default');
    if (!d || d.kind !== 'scalar') continue;
    // A list parameter's default is one comma-separated string; used where a list belongs, it is that list.
    const type = str(get(p, 'Type')) ?? '';
    if ((type === 'CommaDelimitedList' || type.startsWith('List<')) && typeof d.value === 'string') {
      params.set(name, { kind: 'list', span: d.span, items: d.value.split(',').map((v) => ({ kind: 'scalar', value: v.trim(), span: d.span })) });
    } else params.set(name, d);
  }
  const subst = (node: VNode, depth: number): VNode => {
    if (depth > MAX_DEPTH) return node;
    if (node.kind === 'map') {
      const entries = new Map<string, VNode>();
      for (const [k, v] of node.entries ?? []) entries.set(k, subst(v, depth + 1));
      return { ...node, entries };
    }
    if (node.kind === 'list') return { ...node, items: (node.items ?? []).map((i) => subst(i, depth + 1)) };
    if (node.kind === 'expr' && node.tag === 'Ref' && node.raw && params.has(node.raw)) {
      const value = params.get(node.raw)!;
      // Findings about a substituted value point at the use, not at the parameter.
      const items = value.items?.map((i) => ({ ...i, span: node.span }));
      return { ...value, span: node.span, keySpan: node.keySpan, ...(items ? { items } : {}) };
    }
    // `!Sub "literal"` without variables is just the literal.
    if (node.kind === 'expr' && node.tag === 'Fn::Sub' && node.arg?.kind === 'scalar' && typeof node.arg.value === 'string' && !node.arg.value.includes('${')) {
      return { kind: 'scalar', value: node.arg.value, span: node.span, keySpan: node.keySpan };
    }
    return node;
  };
  const out: CfnResource[] = [];
  // SAM's Globals.Function applies to every AWS::Serverless::Function; its values keep their own
  // lines, so a finding about a global setting points at the Globals section.
  const globalFunction = get(root, 'Globals', 'Function');
  const samGlobals = globalFunction?.kind === 'map' ? subst(globalFunction, 0) : undefined;
  for (const [logicalId, r] of get(root, 'Resources')?.entries ?? []) {
    const type = str(get(r, 'Type'));
    if (!type) continue;
    const props = get(r, 'Properties');
    // A missing property belongs under `Properties:`, so that is where resource-level findings
    // point; a resource without Properties is pointed at by its logical id.
    const k = (props?.kind === 'map' ? props.keySpan : undefined) ?? r.keySpan ?? r.span;
    let own: VNode = props ? subst(props, 0) : { kind: 'map', entries: new Map(), span: r.span };
    if (samGlobals && type === 'AWS::Serverless::Function') own = withGlobals(own, samGlobals, 0);
    out.push({
      logicalId,
      type,
      path,
      head: { sl: k.sl, sc: k.sc, el: k.sl, ec: k.ec },
      props: own,
    });
  }
  return out;
}

/**
 * SAM's merge of Globals into a function: the function's own scalar wins, maps merge key by
 * key (Environment.Variables), lists are the global items followed by the function's.
 */
function withGlobals(own: VNode, global: VNode, depth: number): VNode {
  if (depth > MAX_DEPTH) return own;
  if (own.kind === 'map' && global.kind === 'map') {
    const entries = new Map(global.entries ?? []);
    for (const [k, v] of own.entries ?? []) {
      const g = entries.get(k);
      entries.set(k, g ? withGlobals(v, g, depth + 1) : v);
    }
    return { ...own, entries };
  }
  if (own.kind === 'list' && global.kind === 'list') return { ...own, items: [...(global.items ?? []), ...(own.items ?? [])] };
  return own;
}
