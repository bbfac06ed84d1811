import { bodyToNode, HclError, parseHcl, type HclBlock, type HclBody } from '../parsers/hcl.js';
import { parseYaml } from '../parsers/yaml.js';
import { get, str, type Span, type VNode } from '../model.js';

export interface TfResource {
  readonly mode: 'resource' | 'data' | 'provider';
  readonly type: string;
  readonly name: string;
  /** `aws_s3_bucket.logs`, `module.web.aws_s3_bucket.logs`, `provider.aws` */
  readonly address: string;
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
    evaluate(mod, modules, new Map(), '', 0, resources, issues);
  }
  return { resources, issues };
}

function jsonVars(text: string): HclBody {
  const parsed = parseYaml(text);
  const root = parsed.docs[0]?.root;
  if (parsed.errors.length) throw new HclError(parsed.errors[0]!.message, parsed.errors[0]!.line);
  return { attributes: new Map(root?.entries ?? []), blocks: [] };
}

function evaluate(mod: Module, modules: Map<string, Module>, inputs: Map<string, VNode>, prefix: string, depth: number, out: TfResource[], issues: TfIssue[]): void {
  const variables = new Map<string, VNode>();
  const locals = new Map<string, VNode>();
  for (const f of mod.files) for (const b of f.body.blocks) {
    if (b.type === 'variable' && b.labels[0]) {
      const d = b.body.attributes.get('default');
      if (d) variables.set(b.labels[0], d);
    } else if (b.type === 'locals') for (const [k, v] of b.body.attributes) locals.set(k, v);
  }
  if (!prefix) for (const f of mod.tfvars) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    if (name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || name.includes('.auto.tfvars')) for (const [k, v] of f.body.attributes) variables.set(k, v);
  }
  for (const [k, v] of inputs) variables.set(k, v);
  const scope: Scope = { variables, locals, resolving: new Set() };
  for (const f of mod.files) for (const b of f.body.blocks) {
    if (b.type === 'resource' || b.type === 'data') {
      const [type, name] = b.labels;
      if (!type || !name) continue;
      const body = resolve(bodyToNode(b.body, b.span), scope, 0);
      out.push({ mode: b.type, type, name, address: `${prefix}${b.type === 'data' ? 'data.' : ''}${type}.${name}`, path: f.path, head: b.head, body });
    } else if (b.type === 'provider' && b.labels[0]) {
      out.push({ mode: 'provider', type: b.labels[0], name: b.labels[0], address: `${prefix}provider.${b.labels[0]}`, path: f.path, head: b.head, body: resolve(bodyToNode(b.body, b.span), scope, 0) });
    } else if (b.type === 'module' && b.labels[0]) {
      const source = str(b.body.attributes.get('source'));
      if (!source || !(source.startsWith('./') || source.startsWith('../'))) continue;
      const target = normalise(`${mod.dir}/${source}`);
      const child = target === undefined ? undefined : modules.get(target);
      if (!child) continue;
      if (depth >= MAX_MODULE_DEPTH) {
        issues.push({ path: f.path, line: b.head.sl, message: `module nesting deeper than ${MAX_MODULE_DEPTH}; ${source} not evaluated`, code: 'unresolved' });
        continue;
      }
      const childInputs = new Map<string, VNode>();
      for (const [k, v] of b.body.attributes) if (k !== 'source' && k !== 'version' && k !== 'providers' && k !== 'count' && k !== 'for_each') childInputs.set(k, resolve(v, scope, 0));
      evaluate(child, modules, childInputs, `${prefix}module.${b.labels[0]}.`, depth + 1, out, issues);
    }
  }
}

interface Scope {
  readonly variables: Map<string, VNode>;
  readonly locals: Map<string, VNode>;
  readonly resolving: Set<string>;
}

const REF = /^(var|local)\.([A-Za-z_][\w-]{0,200})$/;

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
  const m = REF.exec(raw);
  if (m) {
    const key = `${m[1]}.${m[2]}`;
    const target = m[1] === 'var' ? scope.variables.get(m[2]!) : scope.locals.get(m[2]!);
    if (!target || scope.resolving.has(key)) return node;
    scope.resolving.add(key);
    try {
      return at(resolve(target, scope, depth + 1), node);
    } finally {
      scope.resolving.delete(key);
    }
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

/** `aws_s3_bucket.logs.id` / `.bucket` / `.arn` → `aws_s3_bucket.logs` when the node refers to a resource. */
export function referencedAddress(node: VNode | undefined): string | undefined {
  const raw = node?.kind === 'expr' ? node.raw?.trim() : undefined;
  if (!raw) return undefined;
  const m = /^((?:data\.)?[a-z][a-z0-9_]{0,80}\.[A-Za-z_][\w-]{0,120})(?:\[[^\]]{0,40}\])?\.[a-z_]{1,40}$/.exec(raw);
  return m?.[1];
}

/** Plan JSON (`terraform show -json`) → resources from `planned_values`, values located in the JSON. */
export function planResources(path: string, root: VNode): TfResource[] {
  const out: TfResource[] = [];
  const visit = (mod: VNode | undefined, depth: number) => {
    if (!mod || depth > 20) return;
    for (const r of get(mod, 'resources')?.items ?? []) {
      const type = str(get(r, 'type'));
      const name = str(get(r, 'name'));
      const address = str(get(r, 'address'));
      const values = get(r, 'values');
      if (!type || !name || values?.kind !== 'map') continue;
      const head = get(r, 'address')?.keySpan ?? r.span;
      out.push({ mode: str(get(r, 'mode')) === 'data' ? 'data' : 'resource', type, name, address: address ?? `${type}.${name}`, path, head, body: values });
    }
    for (const c of get(mod, 'child_modules')?.items ?? []) visit(c, depth + 1);
  };
  visit(get(root, 'planned_values', 'root_module'), 0);
  return out;
}

export function isPlan(root: VNode | undefined): boolean {
  return !!get(root, 'planned_values') && (!!get(root, 'terraform_version') || !!get(root, 'format_version'));
}

export type { HclBlock };
