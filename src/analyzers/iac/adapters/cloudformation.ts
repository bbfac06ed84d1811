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

function isNoValue(n: VNode): boolean {
  return n.kind === 'expr' && n.tag === 'Ref' && n.raw === 'AWS::NoValue';
}

/**
 * Pseudo parameters whose value does not change what a rule decides. The partition is taken as
 * `aws`: rules match the rest of an ARN (the policy name), which is the same in every partition.
 */
const PSEUDO: Readonly<Record<string, string>> = { 'AWS::Partition': 'aws', 'AWS::URLSuffix': 'amazonaws.com' };

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
    // `Ref: AWS::NoValue` (usually the branch an Fn::If chose) removes the property: it is unset.
    if (node.kind === 'map') {
      const entries = new Map<string, VNode>();
      for (const [k, v] of node.entries ?? []) {
        const value = subst(v, depth + 1);
        if (!isNoValue(value)) entries.set(k, value);
      }
      return { ...node, entries };
    }
    if (node.kind === 'list') return { ...node, items: (node.items ?? []).map((i) => subst(i, depth + 1)).filter((i) => !isNoValue(i)) };
    // An Fn::If whose condition the parameter defaults decide is the branch it takes, as a Ref is its default.
    if (node.kind === 'expr' && node.tag === 'Fn::If' && node.arg?.kind === 'list' && node.arg.items?.length === 3) {
      const holds = condition(literal(node.arg.items[0]), depth + 1);
      if (holds !== undefined) return { ...subst(node.arg.items[holds ? 1 : 2]!, depth + 1), keySpan: node.keySpan };
    }
    if (node.kind === 'expr' && node.tag === 'Ref' && node.raw && params.has(node.raw)) {
      const value = params.get(node.raw)!;
      // Findings about a substituted value point at the use, not at the parameter.
      const items = value.items?.map((i) => ({ ...i, span: node.span }));
      return { ...value, span: node.span, keySpan: node.keySpan, ...(items ? { items } : {}) };
    }
    // `Fn::FindInMap` with known keys is the mapping's value, found where it is used.
    if (node.kind === 'expr' && node.tag === 'Fn::FindInMap' && node.arg?.kind === 'list') {
      const keys = (subst(node.arg, depth + 1).items ?? []).map(literal);
      const found = keys.length === 3 && keys.every((k) => k !== undefined) ? get(root, 'Mappings', keys[0]!, keys[1]!, keys[2]!) : undefined;
      if (found && found.kind !== 'expr') {
        const items = found.items?.map((i) => ({ ...i, span: node.span }));
        return { ...found, span: node.span, keySpan: node.keySpan, ...(items ? { items } : {}) };
      }
    }
    // `Fn::Sub` and `Fn::Join` over literals, parameter defaults and the partition are a known
    // string: `arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess` names that policy.
    if (node.kind === 'expr' && (node.tag === 'Fn::Sub' || node.tag === 'Fn::Join') && node.arg) {
      const text = node.tag === 'Fn::Sub' ? subText(subst(node.arg, depth + 1)) : joinText(subst(node.arg, depth + 1));
      if (text !== undefined) return { kind: 'scalar', value: text, span: node.span, keySpan: node.keySpan };
    }
    return node;
  };
  // Conditions, decided from literals and parameter defaults; anything else (the account, the
  // region, a parameter without a default) leaves them undecided and the Fn::If unresolved.
  const definitions = get(root, 'Conditions');
  const decided = new Map<string, boolean | undefined>();
  const condition = (name: string | undefined, depth: number): boolean | undefined => {
    if (name === undefined || depth > MAX_DEPTH) return undefined;
    if (decided.has(name)) return decided.get(name);
    decided.set(name, undefined); // a condition that refers to itself stays undecided
    const value = test(get(definitions, name), depth + 1);
    decided.set(name, value);
    return value;
  };
  const test = (n: VNode | undefined, depth: number): boolean | undefined => {
    if (!n || n.kind !== 'expr' || depth > MAX_DEPTH) return undefined;
    if (n.tag === 'Condition') return condition(n.raw, depth + 1);
    const args = n.arg?.kind === 'list' ? n.arg.items ?? [] : [];
    if (n.tag === 'Fn::Equals') {
      const [a, b] = args.map((x) => literal(subst(x, depth + 1)));
      return args.length !== 2 || a === undefined || b === undefined ? undefined : a === b;
    }
    if (n.tag === 'Fn::Not') {
      const v = args.length === 1 ? test(args[0], depth + 1) : undefined;
      return v === undefined ? undefined : !v;
    }
    if (n.tag === 'Fn::And' || n.tag === 'Fn::Or') {
      const vs = args.map((x) => test(x, depth + 1));
      const decisive = n.tag === 'Fn::And' ? false : true;
      if (vs.includes(decisive)) return decisive;
      return vs.length && !vs.includes(undefined) ? !decisive : undefined;
    }
    return undefined;
  };
  const literal = (n: VNode | undefined): string | undefined => (n?.kind === 'scalar' && n.value !== null ? String(n.value) : undefined);
  const subText = (arg: VNode): string | undefined => {
    const template = literal(arg.kind === 'list' ? arg.items?.[0] : arg);
    if (template === undefined) return undefined;
    const vars = arg.kind === 'list' ? arg.items?.[1] : undefined;
    let out = '';
    let at = 0;
    while (at < template.length) {
      const open = template.indexOf('${', at);
      if (open < 0) break;
      const close = template.indexOf('}', open + 2);
      if (close < 0) break;
      const name = template.slice(open + 2, close);
      let value: string | undefined;
      // `${!Literal}` is the escape for a literal `${Literal}`.
      if (name.startsWith('!')) value = '${' + name.slice(1) + '}';
      else value = literal(get(vars, name)) ?? literal(params.get(name)) ?? PSEUDO[name];
      if (value === undefined) return undefined;
      out += template.slice(at, open) + value;
      at = close + 1;
    }
    return out + template.slice(at);
  };
  const joinText = (arg: VNode): string | undefined => {
    const delimiter = literal(arg.items?.[0]);
    const parts = arg.items?.[1];
    if (arg.kind !== 'list' || delimiter === undefined || parts?.kind !== 'list') return undefined;
    const texts = (parts.items ?? []).map((p) => (p.kind === 'expr' && p.tag === 'Ref' && p.raw ? PSEUDO[p.raw] : literal(p)));
    return texts.every((t) => t !== undefined) ? texts.join(delimiter) : undefined;
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
