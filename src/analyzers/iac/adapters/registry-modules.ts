import { bool, get, items, str, type Span, type VNode } from '../model.js';
import type { TfResource } from './terraform.js';

/**
 * The most used public modules (terraform-aws-modules: s3-bucket, sqs, rds, security-group)
 * cannot be downloaded in a scan, but what they create from their inputs is small and
 * documented. Each is modelled here as the resources it would create, with the module's
 * own defaults for the version the block asks for, so a module call is checked like the
 * resources it stands for. Every synthesised value sits on the module argument that set
 * it; a missing one points at the module block.
 *
 * Defaults were read from each module's variables.tf and main.tf at the tags named below.
 */

/** A version constraint as the half-open range of versions it admits, when it is one simple range. */
type Range = { readonly min: number[]; readonly max?: number[] };

function parseVersion(v: string): number[] | undefined {
  const parts = v.trim().replace(/^v/, '').split('.');
  if (!parts.length || parts.length > 3 || parts.some((p) => !/^\d{1,6}$/.test(p))) return undefined;
  const n = parts.map(Number);
  while (n.length < 3) n.push(0);
  return n;
}

function cmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function versionRange(constraint: string | undefined): Range | undefined {
  if (constraint === undefined) return undefined;
  const c = constraint.trim();
  if (c.includes(',') || c.includes('||')) return undefined;
  const op = /^(~>|>=|=)?\s*(.{1,40})$/.exec(c);
  if (!op) return undefined;
  const v = parseVersion(op[2]!);
  if (!v) return undefined;
  const written = op[2]!.trim().replace(/^v/, '').split('.').length;
  if (!op[1] || op[1] === '=') return { min: v, max: [v[0]!, v[1]!, v[2]! + 1] };
  if (op[1] === '>=') return { min: v };
  // `~> 3.0` admits 3.x; `~> 3.7.0` admits 3.7.x.
  return { min: v, max: written <= 2 ? [v[0]! + 1, 0, 0] : [v[0]!, v[1]! + 1, 0] };
}

/**
 * A default that changed across releases: `[[from, value], …]` in version order. Known only
 * when the whole range falls after one change and before the next; an open or unknown
 * range gives undefined, and the rules stay silent on that setting.
 */
function defaultFor<T>(range: Range | undefined, changes: readonly (readonly [string, T])[]): T | undefined {
  if (!range) return changes.length === 1 ? changes[0]![1] : undefined;
  let value: T | undefined;
  for (let i = 0; i < changes.length; i++) {
    const from = parseVersion(changes[i]![0])!;
    const next = changes[i + 1] ? parseVersion(changes[i + 1]![0])! : undefined;
    if (cmp(range.min, from) >= 0 && (!next || (range.max !== undefined && cmp(range.max, next) <= 0))) value = changes[i]![1];
  }
  return value;
}

interface Call {
  readonly name: string;
  readonly path: string;
  readonly head: Span;
  readonly address: string;
  readonly inputs: ReadonlyMap<string, VNode>;
  readonly range?: Range;
}

/** A set input: present and not null. */
function input(call: Call, key: string): VNode | undefined {
  const v = call.inputs.get(key);
  return v && !(v.kind === 'scalar' && v.value === null) ? v : undefined;
}

const scalarAt = (value: string | number | boolean, span: Span): VNode => ({ kind: 'scalar', value, span });
/** A value the module decides but we cannot: rules treat expressions as unknown. */
const unknownAt = (what: string, span: Span): VNode => ({ kind: 'expr', raw: what, span });
const mapOf = (span: Span, entries: [string, VNode | undefined][]): VNode => ({ kind: 'map', span, entries: new Map(entries.filter((e): e is [string, VNode] => e[1] !== undefined)) });
const blocks = (span: Span, list: VNode[]): VNode => ({ kind: 'list', span, items: list, tag: 'blocks' });
const nonEmptyMap = (v: VNode | undefined) => v?.kind === 'map' && (v.entries?.size ?? 0) > 0;

function resource(call: Call, type: string, name: string, body: VNode): TfResource {
  return { mode: 'resource', type, name, address: `${call.address}.${type}.${name}`, path: call.path, head: call.head, body };
}

/** `bucket = aws_s3_bucket.this[0].id` as the adapters' reference resolution reads it. */
const refTo = (type: string, span: Span): VNode => ({ kind: 'expr', raw: `${type}.this[0].id`, span });

/** The module-level default, or an unknown placeholder when the version range does not pin it. */
function withDefault(call: Call, key: string, changes: readonly (readonly [string, boolean])[]): VNode {
  const set = input(call, key);
  if (set) return set;
  const d = defaultFor(call.range, changes);
  return d === undefined ? unknownAt(`module default of ${key}`, call.head) : scalarAt(d, call.head);
}

function isFalse(v: VNode | undefined): boolean {
  return bool(v) === false;
}

// terraform-aws-s3-bucket: block_public_* default false until v3.9.0, true since.
const S3_PUBLIC_BLOCK_DEFAULT = [['0.0.1', false], ['3.9.0', true]] as const;
// terraform-aws-s3-bucket: versioning status falls back to "Enabled" from v4.3.0 (main.tf).
const S3_VERSIONING_FALLBACK = [['0.0.1', false], ['4.3.0', true]] as const;

function s3Bucket(call: Call): TfResource[] {
  if (isFalse(input(call, 'create_bucket'))) return [];
  const out: TfResource[] = [resource(call, 'aws_s3_bucket', 'this', mapOf(call.head, [['bucket', input(call, 'bucket')]]))];
  const ref = refTo('aws_s3_bucket', call.head);
  const acl = input(call, 'acl');
  if (acl) out.push(resource(call, 'aws_s3_bucket_acl', 'this', mapOf(acl.span, [['bucket', ref], ['acl', acl]])));
  const versioning = input(call, 'versioning');
  if (nonEmptyMap(versioning)) {
    // main.tf: try(enabled ? "Enabled" : "Suspended", tobool(status) ? …, title(lower(status)), "Enabled")
    const enabled = get(versioning, 'enabled');
    const status = get(versioning, 'status');
    let value: VNode;
    if (enabled) value = bool(enabled) === undefined ? unknownAt('versioning.enabled', enabled.span) : scalarAt(bool(enabled) ? 'Enabled' : 'Suspended', enabled.span);
    else if (status) {
      const b = bool(status);
      const s = str(status);
      value = b !== undefined ? scalarAt(b ? 'Enabled' : 'Suspended', status.span) : s ? scalarAt(s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(), status.span) : unknownAt('versioning.status', status.span);
    } else {
      // Before v4.3.0 the try() has no "Enabled" fallback, so a map with neither key fails the plan.
      value = defaultFor(call.range, S3_VERSIONING_FALLBACK) ? scalarAt('Enabled', versioning!.span) : unknownAt('versioning.status', versioning!.span);
    }
    // The status sits on the key that decided it (`enabled`, `status`), else on `versioning`.
    const decidedBy = enabled ?? status ?? versioning!;
    out.push(resource(call, 'aws_s3_bucket_versioning', 'this', mapOf(versioning!.span, [['bucket', ref], ['versioning_configuration', blocks(versioning!.span, [mapOf(versioning!.span, [['status', { ...value, keySpan: decidedBy.keySpan }]])])]])));
  } else if (versioning && versioning.kind !== 'map') {
    out.push(resource(call, 'aws_s3_bucket_versioning', 'this', mapOf(versioning.span, [['bucket', ref], ['versioning_configuration', blocks(versioning.span, [mapOf(versioning.span, [['status', unknownAt('versioning', versioning.span)]])])]])));
  }
  const sse = input(call, 'server_side_encryption_configuration');
  if (sse && (sse.kind !== 'map' || nonEmptyMap(sse))) {
    const rules = sse.kind === 'map' ? items(get(sse, 'rule')) : [unknownAt('rule', sse.span)];
    out.push(resource(call, 'aws_s3_bucket_server_side_encryption_configuration', 'this', mapOf(sse.span, [['bucket', ref], ['rule', blocks(sse.span, rules)]])));
  }
  const logging = input(call, 'logging');
  if (logging && (logging.kind !== 'map' || nonEmptyMap(logging))) out.push(resource(call, 'aws_s3_bucket_logging', 'this', mapOf(logging.span, [['bucket', ref], ['target_bucket', get(logging, 'target_bucket') ?? unknownAt('logging', logging.span)]])));
  if (!isFalse(input(call, 'attach_public_policy'))) {
    const flags: [string, VNode][] = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].map((k) => [k, withDefault(call, k, S3_PUBLIC_BLOCK_DEFAULT)]);
    out.push(resource(call, 'aws_s3_bucket_public_access_block', 'this', mapOf(call.head, [['bucket', ref], ...flags])));
  }
  const policy = input(call, 'policy');
  if (policy && bool(input(call, 'attach_policy')) === true) out.push(resource(call, 'aws_s3_bucket_policy', 'this', mapOf(policy.span, [['bucket', ref], ['policy', policy]])));
  return out;
}

// terraform-aws-sqs: no sqs_managed_sse_enabled input before v3.4.0 (the provider's unset
// value), false from v3.4.0, true from v4.0.0; a KMS key replaces it.
function sqsQueue(call: Call): TfResource[] {
  if (isFalse(input(call, 'create'))) return [];
  const kms = input(call, 'kms_master_key_id');
  let sse = input(call, 'sqs_managed_sse_enabled');
  if (!sse) {
    const d = defaultFor<'unset' | boolean>(call.range, [['0.0.1', 'unset'], ['3.4.0', false], ['4.0.0', true]]);
    sse = d === undefined ? unknownAt('module default of sqs_managed_sse_enabled', call.head) : d === 'unset' ? undefined : scalarAt(d, call.head);
  }
  // A key written as "" is passed through as no key; keep it so the finding points there.
  return [resource(call, 'aws_sqs_queue', 'this', mapOf(call.head, [['name', input(call, 'name')], ['kms_master_key_id', kms ?? call.inputs.get('kms_master_key_id')], ['sqs_managed_sse_enabled', sse]]))];
}

// terraform-aws-rds: storage_encrypted default false before v4.0.0, true since;
// publicly_accessible false throughout; backup_retention_period 1 in v2, unset (RDS: 1 day) later.
function rdsInstance(call: Call): TfResource[] {
  if (isFalse(input(call, 'create_db_instance'))) return [];
  const body = mapOf(call.head, [
    ['engine', input(call, 'engine')],
    ['publicly_accessible', input(call, 'publicly_accessible')],
    ['storage_encrypted', withDefault(call, 'storage_encrypted', [['0.0.1', false], ['4.0.0', true]])],
    ['kms_key_id', input(call, 'kms_key_id')],
    ['backup_retention_period', input(call, 'backup_retention_period')],
    ['snapshot_identifier', input(call, 'snapshot_identifier')],
    ['replicate_source_db', input(call, 'replicate_source_db')],
  ]);
  return [resource(call, 'aws_db_instance', 'this', body)];
}

/** rules.tf entries the IaC rules care about: SSH, RDP and every-port rules. Other names stay unknown. */
const SG_RULES: Readonly<Record<string, readonly [number, number, string]>> = {
  'ssh-tcp': [22, 22, 'tcp'],
  'rdp-tcp': [3389, 3389, 'tcp'],
  'rdp-udp': [3389, 3389, 'udp'],
  'all-all': [-1, -1, '-1'],
  'all-tcp': [0, 65535, 'tcp'],
  'all-udp': [0, 65535, 'udp'],
};
/** Submodules (`//modules/ssh`) preset their rules. */
const SG_SUBMODULE_RULES: Readonly<Record<string, readonly string[]>> = { ssh: ['ssh-tcp'], rdp: ['rdp-tcp', 'rdp-udp'] };

function securityGroup(call: Call, submodule: string | undefined): TfResource[] {
  if (isFalse(input(call, 'create')) || isFalse(input(call, 'create_sg'))) return [];
  const out: TfResource[] = [resource(call, 'aws_security_group', 'this', mapOf(call.head, [['name', input(call, 'name')]]))];
  const cidrs = input(call, 'ingress_cidr_blocks');
  const ipv6 = input(call, 'ingress_ipv6_cidr_blocks');
  const named = [...items(input(call, 'ingress_rules')), ...(submodule ? (SG_SUBMODULE_RULES[submodule] ?? []).map((r) => scalarAt(r, call.head)) : [])];
  const rule = (name: string, span: Span, entries: [string, VNode | undefined][]) => {
    // Each rule is located on the module argument that creates it, not on the module block.
    out.push({ ...resource(call, 'aws_security_group_rule', name, mapOf(span, [['type', scalarAt('ingress', span)], ...entries])), head: span });
  };
  named.forEach((n, i) => {
    const ports = SG_RULES[str(n) ?? ''];
    if (!ports) return;
    rule(`ingress_rules[${i}]`, n.span, [['from_port', scalarAt(ports[0], n.span)], ['to_port', scalarAt(ports[1], n.span)], ['protocol', scalarAt(ports[2], n.span)], ['cidr_blocks', cidrs], ['ipv6_cidr_blocks', ipv6]]);
  });
  items(input(call, 'ingress_with_cidr_blocks')).forEach((entry, i) => {
    if (entry.kind !== 'map') return;
    const preset = SG_RULES[str(get(entry, 'rule')) ?? ''];
    const port = (key: string, at: number) => get(entry, key) ?? (preset ? scalarAt(preset[at]!, entry.span) : undefined);
    // cidr_blocks is one comma-separated string here, defaulting to ingress_cidr_blocks.
    const own = get(entry, 'cidr_blocks');
    const list: VNode | undefined = own ? (str(own) !== undefined ? { kind: 'list', span: own.span, keySpan: own.keySpan, items: str(own)!.split(',').map((c) => c.trim()).filter(Boolean).map((c) => scalarAt(c, own.span)) } : unknownAt('cidr_blocks', own.span)) : cidrs;
    rule(`ingress_with_cidr_blocks[${i}]`, entry.span, [['from_port', port('from_port', 0)], ['to_port', port('to_port', 1)], ['protocol', port('protocol', 2)], ['cidr_blocks', list]]);
  });
  return out;
}

/**
 * `terraform-aws-modules/<name>/aws`, optionally `//modules/<sub>`, from the registry or as
 * the GitHub repository `terraform-aws-modules/terraform-aws-<name>`.
 */
function family(source: string): { name: string; submodule?: string } | undefined {
  let s = source.trim().toLowerCase().replace(/^git::/, '');
  let submodule: string | undefined;
  // `//` after the scheme separates the package from a directory inside it.
  const scheme = s.indexOf('://');
  const sub = s.indexOf('//', scheme >= 0 ? scheme + 3 : 0);
  if (sub > 0) {
    submodule = s.slice(sub + 2).split('?')[0]!.replace(/^modules\//, '').replace(/\/$/, '');
    s = s.slice(0, sub);
  }
  s = s.split('?')[0]!.replace(/^https:\/\//, '');
  const registry = /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/([a-z0-9-]{1,40})\/aws$/.exec(s);
  if (registry) return { name: registry[1]!, submodule };
  const git = /^(?:git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-([a-z0-9-]{1,40})(?:\.git)?$/.exec(s);
  if (git) return { name: git[1]!, submodule };
  return undefined;
}

/** Resources a known registry module creates, or undefined when the source is not one we model. */
export function registryModuleResources(source: string, version: string | undefined, call: Omit<Call, 'range'>): TfResource[] | undefined {
  const f = family(source);
  if (!f) return undefined;
  const full: Call = { ...call, range: versionRange(version) };
  if (f.name === 's3-bucket' && !f.submodule) return s3Bucket(full);
  if (f.name === 'sqs' && !f.submodule) return sqsQueue(full);
  if (f.name === 'rds' && !f.submodule) return rdsInstance(full);
  if (f.name === 'security-group' && (!f.submodule || SG_SUBMODULE_RULES[f.submodule])) return securityGroup(full, f.submodule);
  return undefined;
}
