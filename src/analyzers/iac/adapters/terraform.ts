import { bodyToNode, HclError, parseHcl, type HclBlock, type HclBody } from '../parsers/hcl.js';
import { parseYaml } from '../parsers/yaml.js';
import { registryModuleResources } from './registry-modules.js';
import { get, str, type Span, type VNode } from '../model.js';

export interface TfResource {
  readonly mode: 'resource' | 'data' | 'provider';
  readonly type: string;
  readonly name: string;
  /** `aws_s3_bucket.logs`, `module.web.aws_s3_bucket.logs`, `provider.aws`, `aws_s3_bucket.logs["a"]` */
  readonly address: string;
  /** The `count`/`for_each` instance key as it ends the address (`[0]`, `["a"]`), when instances differ. */
  readonly index?: string;
  readonly path: string;
  readonly head: Span;
  /** The body with variables, locals and known functions resolved. */
  readonly body: VNode;
}

export interface TfIssue {
  readonly path: string;
  readonly line: number;
  readonly message: string;
  readonly code: 'parse-error' | 'unresolved';
}

export interface TfFileInput {
  readonly path: string;
  readonly text: string;
}

interface ParsedFile {
  readonly path: string;
  readonly body: HclBody;
}

interface Module {
  readonly dir: string;
  readonly files: ParsedFile[];
  readonly tfvars: ParsedFile[];
}

const MAX_RESOLVE_DEPTH = 12;
const MAX_MODULE_DEPTH = 5;
/** Instances of one resource, module or dynamic block evaluated; the rest are reported. */
const MAX_INSTANCES = 64;
/**
 * Instances, module evaluations and dynamic blocks across one scan: nested for_each over
 * modules and dynamic blocks multiplies, and a hostile tree must not.
 */
const MAX_EXPANSIONS = 5000;

interface Budget {
  left: number;
  reported: boolean;
}

/** Takes `n` from the budget; when it runs out, records one issue and says no. */
function spend(budget: Budget, n: number, path: string, line: number, issues: TfIssue[]): boolean {
  if (budget.left >= n) {
    budget.left -= n;
    return true;
  }
  if (!budget.reported) issues.push({ path, line, message: `count/for_each/dynamic expansion stopped after ${MAX_EXPANSIONS} instances (${path}:${line} onwards is checked once per block, unexpanded)`, code: 'unresolved' });
  budget.reported = true;
  return false;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/** `a/b/../c` → `a/c`; undefined when it leaves the scan root. */
function normalise(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/**
 * Evaluates each directory of `.tf` files as a Terraform module: variables take their
 * defaults (or `terraform.tfvars` / `*.auto.tfvars` values), locals resolve, and local
 * modules (`source = "./x"`) are instantiated with their inputs.
 */
export function loadTerraform(files: readonly TfFileInput[]): { resources: TfResource[]; issues: TfIssue[] } {
  const issues: TfIssue[] = [];
  const modules = new Map<string, Module>();
  for (const f of files) {
    const isVars = f.path.endsWith('.tfvars') || f.path.endsWith('.tfvars.json');
    let body: HclBody | undefined;
    try {
      body = f.path.endsWith('.json') ? jsonVars(f.text) : parseHcl(f.text);
    } catch (error) {
      issues.push({ path: f.path, line: error instanceof HclError ? error.line : 1, message: `Terraform parse error: ${error instanceof Error ? error.message : String(error)}`, code: 'parse-error' });
      continue;
    }
    const dir = dirOf(f.path);
    const mod = modules.get(dir) ?? { dir, files: [], tfvars: [] };
    (isVars ? mod.tfvars : mod.files).push({ path: f.path, body });
    modules.set(dir, mod);
  }
  const budget: Budget = { left: MAX_EXPANSIONS, reported: false };
  const calledDirs = new Set<string>();
  const resources: TfResource[] = [];
  for (const mod of modules.values()) {
    for (const f of mod.files) for (const b of f.body.blocks) {
      if (b.type !== 'module') continue;
      const source = str(b.body.attributes.get('source'));
      if (source && (source.startsWith('./') || source.startsWith('../'))) {
        const target = normalise(`${mod.dir}/${source}`);
        if (target !== undefined) calledDirs.add(target);
      }
    }
  }
  for (const mod of modules.values()) {
    // A module that another directory calls is evaluated through its callers' inputs,
    // and once standalone with defaults only when nothing calls it.
    if (calledDirs.has(mod.dir)) continue;
    evaluate(mod, modules, new Map(), '', 0, resources, issues, budget);
  }
  return { resources, issues };
}

function jsonVars(text: string): HclBody {
  const parsed = parseYaml(text);
  const root = parsed.docs[0]?.root;
  if (parsed.errors.length) throw new HclError(parsed.errors[0]!.message, parsed.errors[0]!.line);
  return { attributes: new Map(root?.entries ?? []), blocks: [] };
}

function evaluate(mod: Module, modules: Map<string, Module>, inputs: Map<string, VNode>, prefix: string, depth: number, out: TfResource[], issues: TfIssue[], budget: Budget): void {
  const variables = new Map<string, VNode>();
  const locals = new Map<string, VNode>();
  const origins = new Map<string, string>();
  for (const f of mod.files) for (const b of f.body.blocks) {
    if (b.type === 'variable' && b.labels[0]) {
      const d = b.body.attributes.get('default');
      if (d) {
        variables.set(b.labels[0], d);
        origins.set(`var.${b.labels[0]}`, f.path);
      }
    } else if (b.type === 'locals') {
      for (const [k, v] of b.body.attributes) {
        locals.set(k, v);
        origins.set(`local.${k}`, f.path);
      }
    }
  }
  if (!prefix) for (const f of mod.tfvars) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    if (name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || name.includes('.auto.tfvars')) {
      for (const [k, v] of f.body.attributes) {
        variables.set(k, v);
        origins.set(`var.${k}`, f.path);
      }
    }
  }
  for (const [k, v] of inputs) {
    variables.set(k, v);
    origins.set(`var.${k}`, `module call ${prefix}`);
  }
  const moduleScope: Scope = { variables, locals, origins, resolving: new Set(), bindings: new Map() };
  for (const f of mod.files) for (const b of f.body.blocks) {
    const scope: Scope = { ...moduleScope, file: f.path };
    if (b.type === 'resource' || b.type === 'data') {
      const [type, name] = b.labels;
      if (!type || !name) continue;
      const base = `${prefix}${b.type === 'data' ? 'data.' : ''}${type}.${name}`;
      for (const inst of instancesOf(b, scope, f.path, base, issues, budget)) {
        const body = resolve(bodyToNode(expandDynamic(b.body, inst.scope, f.path, issues, 0, budget), b.span), inst.scope, 0);
        out.push({ mode: b.type, type, name, address: `${base}${inst.index ?? ''}`, index: inst.index, path: f.path, head: b.head, body });
      }
    } else if (b.type === 'provider' && b.labels[0]) {
      out.push({ mode: 'provider', type: b.labels[0], name: b.labels[0], address: `${prefix}provider.${b.labels[0]}`, path: f.path, head: b.head, body: resolve(bodyToNode(b.body, b.span), scope, 0) });
    } else if (b.type === 'module' && b.labels[0]) {
      const sourceNode = b.body.attributes.get('source');
      const source = str(sourceNode);
      if (source && !(source.startsWith('./') || source.startsWith('../'))) {
        const base = `${prefix}module.${b.labels[0]}`;
        const version = str(b.body.attributes.get('version'));
        let modelled = true;
        for (const inst of instancesOf(b, scope, f.path, base, issues, budget)) {
          const inputs = new Map<string, VNode>();
          for (const [k, v] of b.body.attributes) inputs.set(k, resolve(v, inst.scope, 0));
          const made = registryModuleResources(source, version, { name: b.labels[0], path: f.path, head: b.head, address: `${base}${inst.index ?? ''}`, inputs });
          if (!made) {
            modelled = false;
            break;
          }
          out.push(...made);
        }
        if (modelled) continue;
      }
      if (!source || !(source.startsWith('./') || source.startsWith('../'))) {
        // Registry, git, HTTP and S3 sources need a download; say so rather than skip in silence.
        issues.push({ path: f.path, line: b.head.sl, message: `module "${b.labels[0]}" (source ${source === undefined ? 'not a literal string' : `"${source.slice(0, 200)}"`}) is not local and cannot be evaluated offline: the resources it creates are not checked`, code: 'unresolved' });
        continue;
      }
      const target = normalise(`${mod.dir}/${source}`);
      const child = target === undefined ? undefined : modules.get(target);
      if (!child) {
        issues.push({ path: f.path, line: b.head.sl, message: `module "${b.labels[0]}" source "${source.slice(0, 200)}" is not in the scanned tree: the resources it creates are not checked`, code: 'unresolved' });
        continue;
      }
      if (depth >= MAX_MODULE_DEPTH) {
        issues.push({ path: f.path, line: b.head.sl, message: `module nesting deeper than ${MAX_MODULE_DEPTH}; ${source} not evaluated`, code: 'unresolved' });
        continue;
      }
      const base = `${prefix}module.${b.labels[0]}`;
      for (const inst of instancesOf(b, scope, f.path, base, issues, budget)) {
        const childInputs = new Map<string, VNode>();
        for (const [k, v] of b.body.attributes) if (k !== 'source' && k !== 'version' && k !== 'providers' && k !== 'count' && k !== 'for_each' && k !== 'depends_on') childInputs.set(k, resolve(v, inst.scope, 0));
        if (!spend(budget, 1, f.path, b.head.sl, issues)) break;
        evaluate(child, modules, childInputs, `${base}${inst.index ?? ''}.`, depth + 1, out, issues, budget);
      }
    }
  }
}

interface Instance {
  /** `[0]`, `["a"]`; undefined for a block without count/for_each, or whose instances all resolve alike. */
  readonly index?: string;
  readonly scope: Scope;
}

function withBinding(scope: Scope, name: string, value: VNode): Scope {
  const bindings = new Map(scope.bindings);
  bindings.set(name, value);
  return { ...scope, bindings };
}

/**
 * The `[key, value]` pairs a resolved `for_each` value iterates, or undefined when it is not
 * known. A resource's for_each takes a map or a set of strings; a dynamic block's takes any
 * list too, keyed by position.
 */
function iteration(node: VNode, anyList = false): [string, VNode][] | undefined {
  let v = node;
  // toset([...]) / tomap({...}) keep their argument's elements.
  if (v.kind === 'expr' && (v.tag === 'call:toset' || v.tag === 'call:tomap' || v.tag === 'call:tolist') && v.arg?.items?.[0]) v = v.arg.items[0];
  if (v.kind === 'map') return [...(v.entries ?? [])];
  if (v.kind === 'list') {
    const out: [string, VNode][] = [];
    for (const [i, item] of (v.items ?? []).entries()) {
      if (anyList) out.push([String(i), item]);
      else if (item.kind !== 'scalar' || item.value === null) return undefined;
      else out.push([String(item.value), item]);
    }
    return out;
  }
  return undefined;
}

/**
 * The instances `count` or `for_each` creates, each with `count.index` or `each.key` /
 * `each.value` bound. `count = 0` (a disabled resource) yields none. When the count or
 * collection is not statically known, one instance with the names unbound stands for all,
 * so settings that do not depend on them are still checked.
 */
function instancesOf(b: HclBlock, scope: Scope, path: string, base: string, issues: TfIssue[], budget: Budget): Instance[] {
  const countNode = b.body.attributes.get('count');
  const forEachNode = b.body.attributes.get('for_each');
  const out: Instance[] = [];
  let total = 0;
  if (countNode) {
    const n = resolve(countNode, scope, 0);
    if (n.kind !== 'scalar' || typeof n.value !== 'number' || !Number.isInteger(n.value) || n.value < 0) return [{ scope }];
    total = n.value;
    for (let i = 0; i < Math.min(total, MAX_INSTANCES); i++) {
      const index: VNode = { kind: 'scalar', value: i, span: countNode.span };
      out.push({ index: `[${i}]`, scope: withBinding(scope, 'count', { kind: 'map', entries: new Map([['index', index]]), span: countNode.span }) });
    }
  } else if (forEachNode) {
    const pairs = iteration(resolve(forEachNode, scope, 0));
    if (!pairs) return [{ scope }];
    total = pairs.length;
    for (const [key, value] of pairs.slice(0, MAX_INSTANCES)) {
      const each: VNode = { kind: 'map', entries: new Map([['key', { kind: 'scalar', value: key, span: value.keySpan ?? value.span }], ['value', value]]), span: forEachNode.span };
      out.push({ index: `[${JSON.stringify(key)}]`, scope: withBinding(scope, 'each', each) });
    }
  } else return [{ scope }];
  if (total > MAX_INSTANCES) issues.push({ path, line: b.head.sl, message: `${base} has ${total} instances; only the first ${MAX_INSTANCES} are checked`, code: 'unresolved' });
  if (!out.length) return out;
  if (!spend(budget, out.length, path, b.head.sl, issues)) return [{ scope }];
  return collapse(b, out);
}

/**
 * Instances whose bodies resolve to the same values give the same findings; they are
 * checked once under the block's own address, and only instances that differ keep a key.
 */
function collapse(b: HclBlock, instances: Instance[]): Instance[] {
  if (instances.length <= 1) return instances.map((i) => ({ scope: i.scope }));
  const seen = new Map<string, Instance>();
  for (const inst of instances) {
    const key = shape(resolve(bodyToNode(b.body, b.span), inst.scope, 0), 0);
    if (!seen.has(key)) seen.set(key, inst);
  }
  if (seen.size === 1) return [{ scope: instances[0]!.scope }];
  return [...seen.values()];
}

/** Values without positions, for comparing instances. */
function shape(node: VNode, depth: number): string {
  if (depth > 40) return '…';
  if (node.kind === 'scalar') return JSON.stringify(node.value);
  if (node.kind === 'list') return `[${(node.items ?? []).map((i) => shape(i, depth + 1)).join(',')}]`;
  if (node.kind === 'map') return `{${[...(node.entries ?? [])].map(([k, v]) => `${JSON.stringify(k)}:${shape(v, depth + 1)}`).join(',')}}`;
  return `(${node.tag ?? ''}${node.raw ?? ''}${node.arg ? shape(node.arg, depth + 1) : ''})`;
}

/**
 * `dynamic "x" { for_each = …; content { … } }` becomes one `x` block per element, with the
 * iterator (`x`, or the `iterator` name) bound, so rules see nested blocks built this way.
 * An unknown collection leaves one `x` block whose iterator references stay unresolved.
 */
function expandDynamic(body: HclBody, scope: Scope, path: string, issues: TfIssue[], depth: number, budget: Budget): HclBody {
  if (!body.blocks.length && !scope.bindings.size) return body;
  const blocks: HclBlock[] = [];
  const attributes = new Map<string, VNode>();
  for (const [k, v] of body.attributes) attributes.set(k, scope.bindings.size ? resolve(v, scope, 0) : v);
  for (const b of body.blocks) {
    if (b.type !== 'dynamic' || !b.labels[0] || depth > MAX_RESOLVE_DEPTH) {
      blocks.push({ ...b, body: expandDynamic(b.body, scope, path, issues, depth + 1, budget) });
      continue;
    }
    const content = b.body.blocks.find((c) => c.type === 'content');
    if (!content) continue;
    const iteratorNode = b.body.attributes.get('iterator');
    const iterator = iteratorNode?.kind === 'expr' ? iteratorNode.raw?.trim() || b.labels[0] : str(iteratorNode) ?? b.labels[0];
    const forEach = b.body.attributes.get('for_each');
    const pairs = forEach ? iteration(resolve(forEach, scope, 0), true) : undefined;
    const make = (s: Scope): HclBlock => ({ type: b.labels[0]!, labels: b.labels.slice(1), body: expandDynamic(content.body, s, path, issues, depth + 1, budget), span: b.span, head: b.head });
    if (!pairs || !spend(budget, Math.min(pairs.length, MAX_INSTANCES), path, b.head.sl, issues)) {
      blocks.push(make(scope));
      continue;
    }
    if (pairs.length > MAX_INSTANCES) issues.push({ path, line: b.head.sl, message: `dynamic "${b.labels[0]}" has ${pairs.length} elements; only the first ${MAX_INSTANCES} are checked`, code: 'unresolved' });
    for (const [key, value] of pairs.slice(0, MAX_INSTANCES)) {
      blocks.push(make(withBinding(scope, iterator, { kind: 'map', entries: new Map([['key', { kind: 'scalar', value: key, span: value.keySpan ?? value.span }], ['value', value]]), span: b.span })));
    }
  }
  return { attributes, blocks };
}

interface Scope {
  readonly variables: Map<string, VNode>;
  /** Where each `var.x` / `local.x` value is written (a file path, or a module call for inputs). */
  readonly origins: Map<string, string>;
  /** The file whose blocks are being resolved. */
  readonly file?: string;
  readonly locals: Map<string, VNode>;
  readonly resolving: Set<string>;
  /** `each`, `count` and dynamic-block iterators in effect. */
  readonly bindings: Map<string, VNode>;
}

/**
 * `var.x`, `local.x.y`, `each.value.z`, `count.index`, `rule.value["port"]`: a root name and
 * attribute or index steps, read with one forward scan (no regex on the expression).
 */
type Step = string | number | { readonly ref: string };

function traversal(raw: string): Step[] | undefined {
  if (raw.length > 300) return undefined;
  const steps: Step[] = [];
  let i = 0;
  const ident = () => {
    const s = i;
    while (i < raw.length && /[\w-]/.test(raw[i]!)) i++;
    return i > s && !/[\d-]/.test(raw[s]!) ? raw.slice(s, i) : undefined;
  };
  const root = ident();
  if (!root) return undefined;
  steps.push(root);
  while (i < raw.length) {
    if (raw[i] === '.') {
      i++;
      const name = ident();
      if (name === undefined) return undefined;
      steps.push(name);
    } else if (raw[i] === '[') {
      const close = raw.indexOf(']', i);
      if (close === -1) return undefined;
      const inner = raw.slice(i + 1, close).trim();
      if (/^\d{1,6}$/.test(inner)) steps.push(Number(inner));
      else if (inner.length >= 2 && inner.startsWith('"') && inner.endsWith('"') && !inner.slice(1, -1).includes('"')) steps.push(inner.slice(1, -1));
      // `var.flags[count.index]`, `local.cfg[each.key]`: an index that is itself a reference.
      else if (inner && !inner.includes('[') && traversal(inner)) steps.push({ ref: inner });
      else return undefined;
      i = close + 1;
    } else return undefined;
  }
  return steps;
}

function step(node: VNode | undefined, key: string | number): VNode | undefined {
  if (!node) return undefined;
  if (typeof key === 'number') return node.kind === 'list' ? node.items?.[key] : undefined;
  return node.kind === 'map' ? node.entries?.get(key) : undefined;
}

/** Substitutes what is knowable; the substituted value keeps the use site's position. */
export function resolve(node: VNode, scope: Scope, depth: number): VNode {
  if (depth > MAX_RESOLVE_DEPTH) return node;
  if (node.kind === 'map') {
    const entries = new Map<string, VNode>();
    for (const [k, v] of node.entries ?? []) entries.set(k, resolve(v, scope, depth + 1));
    return { ...node, entries };
  }
  if (node.kind === 'list') return { ...node, items: (node.items ?? []).map((i) => resolve(i, scope, depth + 1)) };
  if (node.kind !== 'expr') return node;
  if (node.tag?.startsWith('call:')) {
    const fn = node.tag.slice(5);
    const args = (node.arg?.items ?? []).map((a) => resolve(a, scope, depth + 1));
    if (fn === 'jsonencode' && args[0]) return { ...node, arg: { ...node.arg!, items: args }, tag: 'call:jsonencode' };
    if ((fn === 'lower' || fn === 'upper' || fn === 'trimspace') && args[0]?.kind === 'scalar' && typeof args[0].value === 'string') {
      const v = args[0].value;
      return at({ kind: 'scalar', value: fn === 'lower' ? v.toLowerCase() : fn === 'upper' ? v.toUpperCase() : v.trim(), span: node.span }, node);
    }
    if (fn === 'tobool' || fn === 'tostring' || fn === 'tonumber') return args[0] && args[0].kind === 'scalar' ? at(args[0], node) : node;
    return { ...node, arg: { ...node.arg!, items: args } };
  }
  const raw = node.raw?.trim() ?? '';
  const path = node.tag ? undefined : traversal(raw);
  if (path && path.length >= 2) {
    const [root, first] = path;
    let target: VNode | undefined;
    let rest: Step[];
    let key: string;
    if (typeof root !== 'string') return node;
    if ((root === 'var' || root === 'local') && typeof first === 'string') {
      key = `${root}.${first}`;
      target = root === 'var' ? scope.variables.get(first) : scope.locals.get(first);
      rest = path.slice(2);
    } else {
      key = String(root);
      target = scope.bindings.get(String(root));
      rest = path.slice(1);
    }
    if (!target || scope.resolving.has(key)) return node;
    scope.resolving.add(key);
    let value: VNode;
    try {
      value = resolve(target, scope, depth + 1);
    } finally {
      scope.resolving.delete(key);
    }
    const origin = scope.origins.get(key);
    let cur: VNode | undefined = value;
    for (const k of rest) {
      if (typeof k === 'object') {
        const idx = resolve({ kind: 'expr', raw: k.ref, span: node.span }, scope, depth + 1);
        if (idx.kind !== 'scalar' || (typeof idx.value !== 'string' && typeof idx.value !== 'number')) return node;
        // A list indexed by a number, a map by a string key.
        cur = step(cur, cur?.kind === 'list' ? Number(idx.value) : String(idx.value));
      } else cur = step(cur, k);
    }
    if (!cur) return node;
    // A value written in another file cannot keep its own lines: the finding's path is this file's.
    if (origin !== undefined && origin !== scope.file) return relocated(cur, node) ?? node;
    return at(cur, node);
  }
  if (node.tag === 'template' && raw.includes('${')) {
    // "${var.env}-logs": substitute when every interpolation is a scalar we know.
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const s = raw.indexOf('${', i);
      if (s === -1) {
        out += raw.slice(i);
        break;
      }
      const e = raw.indexOf('}', s);
      if (e === -1) return node;
      out += raw.slice(i, s);
      const inner = raw.slice(s + 2, e).trim();
      const v = resolve({ kind: 'expr', raw: inner, span: node.span }, scope, depth + 1);
      if (v.kind !== 'scalar' || v.value === null) return node;
      out += String(v.value);
      i = e + 1;
    }
    return at({ kind: 'scalar', value: out, span: node.span }, node);
  }
  return node;
}

/** A resolved value placed at the reference's position. */
function at(value: VNode, use: VNode): VNode {
  return { ...value, span: use.span, keySpan: use.keySpan };
}

const MAX_RELOCATE = 5000;

/**
 * A value from another file placed wholly at the use site (every nested value too), so no
 * finding carries a line of a different file. Multi-line strings are marked `pinned`: a
 * policy parsed from them points at the use site, not at lines that are not theirs. Values
 * too large to copy stay unresolved (undefined).
 */
function relocated(value: VNode, use: VNode): VNode | undefined {
  const budget = { left: MAX_RELOCATE };
  const walk = (node: VNode, keySpan: Span | undefined, depth: number): VNode | undefined => {
    if (--budget.left < 0 || depth > 40) return undefined;
    const { bodyLine: _, ...rest } = node as VNode & { bodyLine?: number };
    const out: VNode & { pinned?: boolean } = { ...rest, span: use.span, keySpan };
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.includes('\n')) out.pinned = true;
    if (node.kind === 'list') {
      const items: VNode[] = [];
      for (const i of node.items ?? []) {
        const r = walk(i, undefined, depth + 1);
        if (!r) return undefined;
        items.push(r);
      }
      return { ...out, items };
    }
    if (node.kind === 'map') {
      const entries = new Map<string, VNode>();
      for (const [k, v] of node.entries ?? []) {
        const r = walk(v, use.span, depth + 1);
        if (!r) return undefined;
        entries.set(k, r);
      }
      return { ...out, entries };
    }
    if (node.arg) {
      const arg = walk(node.arg, undefined, depth + 1);
      return arg ? { ...out, arg } : undefined;
    }
    return out;
  };
  return walk(value, use.keySpan, 0);
}

/** `aws_s3_bucket.logs.id` / `.bucket` / `.arn` → `aws_s3_bucket.logs` when the node refers to a resource. */
export function referencedAddress(node: VNode | undefined): string | undefined {
  const raw = node?.kind === 'expr' ? node.raw?.trim() : undefined;
  if (!raw) return undefined;
  const m = /^((?:data\.)?[a-z][a-z0-9_]{0,80}\.[A-Za-z_][\w-]{0,120})(?:\[[^\]]{0,40}\])?\.[a-z_]{1,40}$/.exec(raw);
  return m?.[1];
}

/** Plan or state JSON (`terraform show -json`) → resources from `planned_values` (or a state's `values`), values located in the JSON. */
export function planResources(path: string, root: VNode): TfResource[] {
  const out: TfResource[] = [];
  const links = planBucketReferences(root);
  const configured = planExpressions(root);
  const visit = (mod: VNode | undefined, depth: number) => {
    if (!mod || depth > 20) return;
    for (const r of get(mod, 'resources')?.items ?? []) {
      const type = str(get(r, 'type'));
      const name = str(get(r, 'name'));
      const address = str(get(r, 'address'));
      let values = get(r, 'values');
      if (!type || !name || values?.kind !== 'map') continue;
      const head = get(r, 'address')?.keySpan ?? r.span;
      const full = address ?? `${type}.${name}`;
      // A bucket name only known after apply is absent from planned_values; the configuration
      // still says which bucket the expression referenced, which is what links the v4 resources.
      const link = links.get(withoutInstance(full));
      if (link && !get(values, 'bucket') && values.entries) values = { ...values, entries: new Map([...values.entries, ['bucket', { kind: 'expr', raw: link, span: head }]]) };
      const expressions = configured.get(withoutInstance(full));
      if (expressions) values = withUnknowns(values, expressions, head, 0);
      out.push({ mode: str(get(r, 'mode')) === 'data' ? 'data' : 'resource', type, name, address: full, path, head, body: values });
    }
    for (const c of get(mod, 'child_modules')?.items ?? []) visit(c, depth + 1);
  };
  // `terraform show -json` of a state (no plan) holds the same module tree under `values`.
  visit(get(root, 'planned_values', 'root_module') ?? get(root, 'values', 'root_module'), 0);
  // Provider blocks are in no planned value, only in the configuration: a literal credential there is a constant_value.
  for (const p of get(root, 'configuration', 'provider_config')?.entries?.values() ?? []) {
    const name = str(get(p, 'name'));
    if (!name) continue;
    const module = str(get(p, 'module_address'));
    const alias = str(get(p, 'alias'));
    out.push({ mode: 'provider', type: name, name, address: `${module ? `${module}.` : ''}provider.${name}${alias ? `.${alias}` : ''}`, path, head: p.keySpan ?? p.span, body: expressionValues(get(p, 'expressions'), p.keySpan ?? p.span, 0) });
  }
  return out;
}

/**
 * Configuration `expressions` as values: `{ constant_value }` is the value (located where it is
 * written), `{ references }` an unresolved expression, a list of maps a nested block.
 */
function expressionValues(expressions: VNode | undefined, head: Span, depth: number): VNode {
  const entries = new Map<string, VNode>();
  if (expressions?.kind === 'map' && depth <= 20) {
    for (const [key, ex] of expressions.entries ?? []) {
      const constant = get(ex, 'constant_value');
      const refs = get(ex, 'references')?.items?.map((x) => str(x)).filter((x): x is string => x !== undefined) ?? [];
      if (constant) entries.set(key, { ...constant, keySpan: constant.keySpan ?? ex.keySpan });
      else if (refs.length) entries.set(key, { kind: 'expr', raw: refs[0]!, span: ex.span, keySpan: ex.keySpan });
      else if (ex.kind === 'list') entries.set(key, { kind: 'list', span: ex.span, keySpan: ex.keySpan, items: (ex.items ?? []).map((i) => ({ ...expressionValues(i, head, depth + 1), keySpan: undefined })) });
    }
  }
  return { kind: 'map', entries, span: expressions?.span ?? head };
}

/** Configuration expressions by resource address (module path included, no instance keys). */
function planExpressions(root: VNode): Map<string, VNode> {
  const out = new Map<string, VNode>();
  eachConfiguredResource(root, (address, r) => {
    const expressions = get(r, 'expressions');
    if (expressions?.kind === 'map') out.set(address, expressions);
  });
  return out;
}

/** Every resource of a plan's `configuration`, by address with its module path (configuration addresses carry no instance keys). */
function eachConfiguredResource(root: VNode, visitResource: (address: string, resource: VNode) => void): void {
  const visit = (mod: VNode | undefined, prefix: string, depth: number) => {
    if (!mod || depth > 20) return;
    for (const r of get(mod, 'resources')?.items ?? []) {
      const address = str(get(r, 'address'));
      if (address) visitResource(`${prefix}${address}`, r);
    }
    for (const [name, call] of get(mod, 'module_calls')?.entries ?? []) visit(get(call, 'module'), `${prefix}module.${name}.`, depth + 1);
  };
  visit(get(root, 'configuration', 'root_module'), '', 0);
}

const ATTRIBUTE_REFERENCE = /^(?:data\.)?[a-z][a-z0-9_]{0,80}\.[A-Za-z_][\w-]{0,120}(?:\[[^\]]{0,40}\])?\.[a-z_]{1,40}$/;

/**
 * planned_values omits what is known only after apply (or writes null), so a setting the
 * configuration fills from another resource (`kms_key_id = aws_kms_key.k.arn` with the key
 * created in the same plan) would read as never set. Where the configuration writes a
 * reference and the plan has no value, the value becomes an unresolved expression: rules
 * stay silent instead of reporting a setting that is there. A single nested block is merged
 * with its configuration; several are not (see below).
 */
function withUnknowns(values: VNode, expressions: VNode, head: Span, depth: number): VNode {
  if (values.kind !== 'map' || expressions.kind !== 'map' || depth > 20) return values;
  let entries: Map<string, VNode> | undefined;
  for (const [key, ex] of expressions.entries ?? []) {
    const cur = values.entries?.get(key);
    if (ex.kind === 'map' && get(ex, 'references') && !get(ex, 'constant_value')) {
      if (cur && !(cur.kind === 'scalar' && cur.value === null)) continue;
      const refs = (get(ex, 'references')?.items ?? []).map((x) => str(x)).filter((x): x is string => x !== undefined);
      if (!refs.length) continue;
      entries ??= new Map(values.entries);
      entries.set(key, { kind: 'expr', raw: refs.find((x) => ATTRIBUTE_REFERENCE.test(x)) ?? refs[0]!, span: head, keySpan: cur?.keySpan });
    } else if (ex.kind === 'list' && cur?.kind === 'list' && ex.items?.length === 1 && cur.items?.length === 1) {
      // A single nested block (vpc_config, environment, metadata_options…). Several are not paired:
      // a plan orders set-typed blocks by value, not as the configuration writes them.
      const items = (cur.items ?? []).map((item, i) => (ex.items?.[i] ? withUnknowns(item, ex.items[i]!, head, depth + 1) : item));
      if (items.some((item, i) => item !== cur.items![i])) {
        entries ??= new Map(values.entries);
        entries.set(key, { ...cur, items });
      }
    } else if (ex.kind === 'map' && cur?.kind === 'map' && !get(ex, 'constant_value')) {
      const merged = withUnknowns(cur, ex, head, depth + 1);
      if (merged !== cur) {
        entries ??= new Map(values.entries);
        entries.set(key, merged);
      }
    }
  }
  return entries ? { ...values, entries } : values;
}

/** `aws_s3_bucket.b["x"]` → `aws_s3_bucket.b`: only a trailing instance key is dropped, a module's stays. */
export function withoutIndex(address: string): string {
  return address.endsWith(']') ? address.slice(0, address.lastIndexOf('[')) : address;
}

/** The resource's address without its own count/for_each key: references name the block, not one instance. */
export function blockAddress(r: Pick<TfResource, 'address' | 'index'>): string {
  return r.index ? r.address.slice(0, r.address.length - r.index.length) : withoutIndex(r.address);
}

/** `module.a.aws_s3_bucket_policy.p[0]` → `module.a.`: where the resource's own references resolve. */
export function modulePrefix(r: Pick<TfResource, 'address' | 'index' | 'type' | 'name'>): string {
  const base = blockAddress(r);
  return base.slice(0, Math.max(0, base.length - `${r.type}.${r.name}`.length));
}

/** `module.a["x"].aws_s3_bucket_acl.b[0]` → `module.a.aws_s3_bucket_acl.b`: plan configuration addresses carry no instance keys. */
function withoutInstance(address: string): string {
  let out = '';
  let depth = 0;
  for (const ch of address) {
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * From a plan's `configuration`: resource address (module path included, no instance keys) →
 * the resource its `bucket` expression references, as `aws_s3_bucket.b.id` relative to its module.
 */
function planBucketReferences(root: VNode): Map<string, string> {
  const out = new Map<string, string>();
  eachConfiguredResource(root, (address, r) => {
    const refs = get(r, 'expressions', 'bucket', 'references')?.items ?? [];
    // references list `aws_s3_bucket.b.id` before `aws_s3_bucket.b`; the attribute form is what referencedAddress reads.
    const names = refs.map((x) => str(x));
    // `aws_s3_bucket.b[each.key].id` is listed only as `aws_s3_bucket.b` and `each.key`: it links to
    // the bucket block, as the same reference in HCL does (instances are not told apart).
    const ref = names.find((x) => x !== undefined && /^[a-z][a-z0-9_]{0,80}\.[A-Za-z_][\w-]{0,120}(?:\[[^\]]{0,40}\])?\.[a-z_]{1,40}$/.test(x))
      ?? (names.some((x) => x === 'each.key' || x === 'count.index') ? names.find((x) => x !== undefined && /^aws_s3_bucket\.[A-Za-z_][\w-]{0,120}$/.test(x))?.concat('.id') : undefined);
    if (ref) out.set(address, ref);
  });
  return out;
}

/** `terraform show -json` output: of a plan (`planned_values`) or of a state (`values.root_module`). */
export function isPlan(root: VNode | undefined): boolean {
  return (!!get(root, 'planned_values') || !!get(root, 'values', 'root_module')) && (!!get(root, 'terraform_version') || !!get(root, 'format_version'));
}

export type { HclBlock };
