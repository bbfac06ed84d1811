import { get, headSpan, str, type Span, type VNode } from '../model.js';

export interface CfnResource {
  readonly logicalId: string;
  readonly type: string;
  readonly path: string;
  /** The `Properties:` key line, or the logical id's when there are none. */
  readonly head: Span;
  /**
   * `Properties`, with `!Ref Parameter` replaced by the parameter's default where it has one and
   * each Fn::If the defaults decide replaced by its branch; Fn::Ifs on undecided conditions stay.
   */
  readonly props: VNode;
  /** The undecided conditions of the Fn::Ifs left in `props` (at most MAX_CONDITIONS), sorted. */
  readonly conditions?: readonly string[];
  /** `props` once per consistent assignment of `conditions`; absent when there are none. */
  readonly variants?: readonly CfnVariant[];
  /** Why the Fn::Ifs were not expanded (too many conditions), for an `unresolved` scan issue if a rule reads `props`. */
  readonly unresolved?: string;
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

/**
 * Past this many undecided conditions in one resource (2^4 = 16 variants) its Fn::Ifs stay
 * unknown, and an `unresolved` issue says so.
 */
export const MAX_CONDITIONS = 4;

/** Values (nodes) all the variants of one template may copy: about 60 MB. */
export const VARIANT_NODES = 400_000;

/** A property an Fn::If on an undecided condition removed (`AWS::NoValue`) in one variant. */
export interface CfnRemoval {
  /**
   * Where a finding about the missing setting points: the head of the map (or list) that held
   * it, the resource head for a top-level property.
   */
  readonly container: Span;
  /** The Fn::If's own line (its key), where the finding belongs instead. */
  readonly at: Span;
}

/** The resource's properties for one assignment of the undecided conditions it uses. */
export interface CfnVariant {
  readonly when: ReadonlyMap<string, boolean>;
  readonly props: VNode;
  readonly removed: readonly CfnRemoval[];
}

interface Evaluator {
  /** `container` is the head a missing setting of this node points at (the resource head at the top). */
  subst(node: VNode, depth: number, removed?: CfnRemoval[], container?: Span): VNode;
  condition(name: string | undefined, depth: number): boolean | undefined;
  /** The named condition's definition, evaluated under the assumptions (not the assumed value itself). */
  holds(name: string): boolean | undefined;
  defines(name: string): boolean;
  /** `!Equals [!Ref X, literal]` (either order): the input `X` and the literal. */
  comparison(name: string): { input: string; literal: string; negated: boolean } | undefined;
  literal(n: VNode | undefined): string | undefined;
}

type Params = ReadonlyMap<string, VNode>;

const read = new WeakSet<CfnResource>();

/** Whether a rule read the properties of a resource left `unresolved`. */
export function unresolvedRead(r: CfnResource): boolean {
  return read.has(r);
}

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
  // One evaluator per set of assumptions, shared by the resources that make the same ones, so
  // each keeps one memo of the conditions it has decided.
  const evaluators = new Map<string, Evaluator>();
  const evaluatorFor = (assume: ReadonlyMap<string, boolean>): Evaluator => {
    const key = [...assume].map(([n, v]) => `${n}=${v ? 1 : 0}`).sort().join('\u0000');
    let e = evaluators.get(key);
    if (!e) evaluators.set(key, (e = evaluator(root, params, assume)));
    return e;
  };
  const plain = evaluatorFor(new Map());
  const globalsBy = new Map<Evaluator, VNode | undefined>();
  // SAM's Globals.Function applies to every AWS::Serverless::Function; its values keep their own
  // lines, so a finding about a global setting points at the Globals section.
  const globalFunction = get(root, 'Globals', 'Function');
  const samGlobals = (ev: Evaluator, removed?: CfnRemoval[]): VNode | undefined => {
    if (globalFunction?.kind !== 'map') return undefined;
    if (removed) return ev.subst(globalFunction, 0, removed);
    if (!globalsBy.has(ev)) globalsBy.set(ev, ev.subst(globalFunction, 0));
    return globalsBy.get(ev);
  };
  const out: CfnResource[] = [];
  let budget = VARIANT_NODES;
  let exhausted: string | undefined;
  for (const [logicalId, r] of get(root, 'Resources')?.entries ?? []) {
    const type = str(get(r, 'Type'));
    if (!type) continue;
    const props = get(r, 'Properties');
    // A missing property belongs under `Properties:`, so that is where resource-level findings
    // point; a resource without Properties is pointed at by its logical id.
    const k = (props?.kind === 'map' ? props.keySpan : undefined) ?? r.keySpan ?? r.span;
    const head: Span = { sl: k.sl, sc: k.sc, el: k.sl, ec: k.ec };
    // A resource with `Condition: X` exists only where X holds, so its own Fn::Ifs on X (and
    // on conditions X decides) are read with X true. A condition decided false is left alone.
    const own = str(get(r, 'Condition'));
    const exists = own !== undefined && plain.condition(own, 0) === undefined ? new Map([[own, true]]) : new Map<string, boolean>();
    const base = evaluatorFor(exists);
    const build = (ev: Evaluator, removed?: CfnRemoval[]): VNode => {
      let v: VNode = props ? ev.subst(props, 0, removed, head) : { kind: 'map', entries: new Map(), span: r.span };
      const g = type === 'AWS::Serverless::Function' ? samGlobals(ev, removed) : undefined;
      if (g) v = withGlobals(v, g, 0);
      return v;
    };
    const resolved = build(base);
    const resource: CfnResource = { logicalId, type, path, head, props: resolved };
    // Fn::Ifs left in the properties hang on conditions the template cannot decide (the
    // account, the region, a parameter without a default): the resource is read once per
    // assignment of them, and a finding in only some of those is reported with its condition.
    const names = new Set<string>();
    undecidedConditions(resolved, base, names, 0);
    if (!names.size) {
      out.push(resource);
      continue;
    }
    const conditions = [...names].sort();
    // Each variant is a copy of the properties: a template of thousands of resources with four
    // conditions each would hold sixteen copies of itself, so the copies share a budget.
    const cost = conditions.length > MAX_CONDITIONS ? 0 : (1 << conditions.length) * size(resolved, 0);
    // Past the budget every later resource is left unknown; one message for all of them.
    if (cost > budget && conditions.length <= MAX_CONDITIONS) exhausted ??= `Fn::If values on conditions the template cannot decide are not checked from ${logicalId} (line ${head.sl}) on: their variants are past the ${VARIANT_NODES.toLocaleString('en-US')}-value budget of this template`;
    const why = conditions.length > MAX_CONDITIONS ? `${logicalId} sets properties by Fn::If on more than ${MAX_CONDITIONS} conditions the template cannot decide (${conditions.slice(0, MAX_CONDITIONS + 1).join(', ')}, …); those values are unknown and not checked` : exhausted;
    if (why) {
      const unresolved: CfnResource = { ...resource, unresolved: why };
      // Most such resources (instances, SSM associations) are read by no rule; the issue is
      // recorded only for one a rule looked at.
      Object.defineProperty(unresolved, 'props', { enumerable: true, get: () => (read.add(unresolved), resolved) });
      out.push(unresolved);
      continue;
    }
    budget -= cost;
    const variants: CfnVariant[] = [];
    for (let mask = 0; mask < 1 << conditions.length; mask++) {
      const when = new Map(conditions.map((c, i) => [c, (mask & (1 << i)) === 0]));
      const assume = new Map([...exists, ...when]);
      const ev = evaluatorFor(assume);
      // Assignments the definitions rule out (IsProd true with NotProd = Fn::Not IsProd true) are no variant.
      if ([...assume].some(([name, value]) => { const d = ev.holds(name); return d !== undefined && d !== value; })) continue;
      if (!compatible(assume, plain)) continue;
      const removed: CfnRemoval[] = [];
      variants.push({ when, props: build(ev, removed), removed });
    }
    if (variants.length === 1) out.push({ ...resource, props: variants[0]!.props });
    else if (variants.length > 1) out.push({ ...resource, conditions, variants });
    else out.push(resource);
  }
  return out;
}

/**
 * Conditions that compare one input with a literal (`IsDev: !Equals [!Ref Env, dev]`,
 * `IsProd: !Equals [!Ref Env, prod]`, or `!Not` of one) cannot both hold for different
 * literals, nor differ for the same one: such assignments are no variant.
 */
function compatible(assume: ReadonlyMap<string, boolean>, ev: Evaluator): boolean {
  const equal = new Map<string, string>();
  const unequal = new Map<string, Set<string>>();
  for (const [name, value] of assume) {
    const cmp = ev.comparison(name);
    if (!cmp) continue;
    if (value !== cmp.negated) {
      if (equal.has(cmp.input) && equal.get(cmp.input) !== cmp.literal) return false;
      equal.set(cmp.input, cmp.literal);
    } else {
      const set = unequal.get(cmp.input) ?? new Set<string>();
      set.add(cmp.literal);
      unequal.set(cmp.input, set);
    }
  }
  for (const [input, literal] of equal) if (unequal.get(input)?.has(literal)) return false;
  return true;
}

/** The number of values in `node`, as deep as the substitution goes. */
function size(node: VNode, depth: number): number {
  if (depth > MAX_DEPTH) return 1;
  let n = 1;
  if (node.arg) n += size(node.arg, depth + 1);
  for (const v of node.entries?.values() ?? []) n += size(v, depth + 1);
  for (const i of node.items ?? []) n += size(i, depth + 1);
  return n;
}

/** Names of the undecided conditions of Fn::Ifs left in `node` (those in their branches too), stopping past the bound. */
function undecidedConditions(node: VNode, ev: Evaluator, out: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH || out.size > MAX_CONDITIONS) return;
  if (node.kind === 'expr') {
    if (node.tag === 'Fn::If' && node.arg?.kind === 'list' && node.arg.items?.length === 3) {
      const name = ev.literal(node.arg.items[0]);
      // A name the template does not define is an error CloudFormation rejects: left unknown.
      if (name !== undefined && ev.defines(name) && ev.condition(name, 0) === undefined) out.add(name);
    }
    if (node.arg) undecidedConditions(node.arg, ev, out, depth + 1);
    return;
  }
  for (const v of node.entries?.values() ?? []) undecidedConditions(v, ev, out, depth + 1);
  for (const i of node.items ?? []) undecidedConditions(i, ev, out, depth + 1);
}

/**
 * Values of the template under `assume` (conditions taken as true or false): `Ref` to a
 * parameter is its default, Fn::If takes the branch its condition chooses, Fn::FindInMap,
 * Fn::Sub and Fn::Join over known values are their result.
 */
function evaluator(root: VNode, params: Params, assume: ReadonlyMap<string, boolean>): Evaluator {
  const isAssumedIf = (n: VNode): boolean => {
    if (n.kind !== 'expr' || n.tag !== 'Fn::If' || n.arg?.kind !== 'list') return false;
    const name = literal(n.arg.items?.[0]);
    return name !== undefined && assume.has(name);
  };
  const subst = (node: VNode, depth: number, removed?: CfnRemoval[], container?: Span): VNode => {
    if (depth > MAX_DEPTH) return node;
    // `Ref: AWS::NoValue` (usually the branch an Fn::If chose) removes the property: it is unset.
    if (node.kind === 'map') {
      const entries = new Map<string, VNode>();
      for (const [k, v] of node.entries ?? []) {
        const value = subst(v, depth + 1, removed);
        if (!isNoValue(value)) entries.set(k, value);
        else if (removed && isAssumedIf(v)) removed.push({ container: container ?? headSpan(node), at: headSpan(v) });
      }
      return { ...node, entries };
    }
    if (node.kind === 'list') {
      const items: VNode[] = [];
      for (const i of node.items ?? []) {
        const value = subst(i, depth + 1, removed);
        if (!isNoValue(value)) items.push(value);
        else if (removed && isAssumedIf(i)) removed.push({ container: container ?? headSpan(node), at: headSpan(i) });
      }
      return { ...node, items };
    }
    // An Fn::If whose condition the parameter defaults (or the assumptions) decide is the branch
    // it takes, as a Ref is its default; what the branch leaves out is missing at the Fn::If's key.
    if (node.kind === 'expr' && node.tag === 'Fn::If' && node.arg?.kind === 'list' && node.arg.items?.length === 3) {
      const holds = condition(literal(node.arg.items[0]), depth + 1);
      if (holds !== undefined) return { ...subst(node.arg.items[holds ? 1 : 2]!, depth + 1, removed, node.keySpan ? headSpan(node) : container), keySpan: node.keySpan };
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
  // Conditions, decided from literals, parameter defaults and the assumptions; anything else
  // (the account, the region, a parameter without a default) leaves them undecided.
  const definitions = get(root, 'Conditions');
  const decided = new Map<string, boolean | undefined>();
  const condition = (name: string | undefined, depth: number): boolean | undefined => {
    if (name === undefined || depth > MAX_DEPTH) return undefined;
    if (assume.has(name)) return assume.get(name);
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
  const comparison = (name: string): { input: string; literal: string; negated: boolean } | undefined => {
    let d = get(definitions, name);
    const negated = d?.kind === 'expr' && d.tag === 'Fn::Not' && d.arg?.kind === 'list' && d.arg.items?.length === 1;
    if (negated) d = d!.arg!.items![0];
    if (d?.kind !== 'expr' || d.tag !== 'Fn::Equals' || d.arg?.kind !== 'list' || d.arg.items?.length !== 2) return undefined;
    const [a, b] = d.arg.items.map((x) => subst(x, 1));
    const ref = (n: VNode | undefined) => (n?.kind === 'expr' && n.tag === 'Ref' && n.raw ? n.raw : undefined);
    const input = ref(a) ?? ref(b);
    const value = literal(ref(a) ? b : a);
    return input !== undefined && value !== undefined ? { input, literal: value, negated } : undefined;
  };
  return { subst, condition, holds: (name) => test(get(definitions, name), 1), defines: (name) => get(definitions, name) !== undefined, comparison, literal };
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
