import { get, headSpan, items, str, type Span, type VNode } from '../model.js';
import { valBool, type AwsEntity, type AwsModel, type Val } from './aws-model.js';
import type { TfResource } from './terraform.js';

/**
 * One S3 bucket with its configuration gathered from wherever the format keeps it:
 * inline on `aws_s3_bucket` (AWS provider v3), in the separate v4 resources that
 * point at it, or in CloudFormation properties.
 */
export interface S3Bucket {
  readonly entity: AwsEntity;
  readonly acl?: { value: string; span: Span };
  /** ACL grants to the AllUsers or AuthenticatedUsers groups (inline `grant` blocks, `access_control_policy`). */
  readonly publicGrants: readonly PublicGrant[];
  /** undefined when no public access block exists at all. */
  readonly publicAccessBlock?: { readonly flags: Record<'blockPublicAcls' | 'blockPublicPolicy' | 'ignorePublicAcls' | 'restrictPublicBuckets', Val>; readonly span: Span };
  readonly encrypted: boolean;
  readonly versioning: { enabled?: boolean; span: Span };
  readonly logging: boolean;
}

export interface PublicGrant {
  readonly group: 'AllUsers' | 'AuthenticatedUsers';
  /** READ, WRITE, READ_ACP, WRITE_ACP, FULL_CONTROL as written. */
  readonly permission: string;
  readonly span: Span;
}

const GROUP_URI = /^https?:\/\/acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)$/;

/**
 * Grants to the global groups, from v3 inline `grant { uri, permissions }` blocks or a v4
 * `access_control_policy { grant { grantee { uri } permission } }`: the same exposure as a
 * canned public ACL, spelled out.
 */
export function publicGrants(grants: VNode | undefined): PublicGrant[] {
  const out: PublicGrant[] = [];
  for (const g of items(grants)) {
    const grantee = items(get(g, 'grantee'))[0];
    const m = GROUP_URI.exec(str(get(grantee ?? g, 'uri'))?.trim() ?? '');
    if (!m) continue;
    const perms = get(g, 'permissions') ?? get(g, 'permission');
    for (const p of items(perms)) {
      const permission = str(p)?.toUpperCase();
      if (permission) out.push({ group: m[1] as PublicGrant['group'], permission, span: headSpan(p) });
    }
  }
  return out;
}

const PAB_TF: Readonly<Record<string, string>> = { blockPublicAcls: 'block_public_acls', blockPublicPolicy: 'block_public_policy', ignorePublicAcls: 'ignore_public_acls', restrictPublicBuckets: 'restrict_public_buckets' };

function tfVal(body: VNode, key: string, head: Span): Val {
  const n = get(body, key);
  return n ? { node: n, span: headSpan(n), explicit: true, unknown: n.kind === 'expr' } : { span: head, explicit: false, unknown: false };
}

/**
 * A v4 encryption configuration encrypts only through a rule with
 * `apply_server_side_encryption_by_default`; `rule {}` alone (or only bucket_key_enabled)
 * configures nothing. Rules that are not plain blocks are not guessed.
 */
function setsDefaultEncryption(r: { body: VNode }): boolean {
  const rules = get(r.body, 'rule');
  if (!rules || rules.kind !== 'list') return rules !== undefined;
  // A plan writes the absent block as `[]`.
  return (rules.items ?? []).some((rule) => rule.kind !== 'map' || items(get(rule, 'apply_server_side_encryption_by_default')).length > 0);
}

export function s3Buckets(model: AwsModel): S3Bucket[] {
  const out: S3Bucket[] = [];
  for (const e of model.of('s3')) {
    if (e.source === 'cloudformation') {
      const acl = e.field('acl');
      const pabHead = e.field('blockPublicAcls');
      const flags = {
        blockPublicAcls: e.field('blockPublicAcls'), blockPublicPolicy: e.field('blockPublicPolicy'),
        ignorePublicAcls: e.field('ignorePublicAcls'), restrictPublicBuckets: e.field('restrictPublicBuckets'),
      };
      const anyPab = Object.values(flags).some((v) => v.explicit) || pabHead.span !== e.head;
      const v = e.field('versioning');
      out.push({
        entity: e,
        acl: str(acl.node) ? { value: str(acl.node)!, span: acl.span } : undefined,
        publicGrants: [],
        publicAccessBlock: anyPab ? { flags, span: pabHead.span } : undefined,
        encrypted: e.field('encryption').explicit,
        // A status from Fn::If or an unresolved Ref is not known to be off.
        versioning: { enabled: v.unknown ? undefined : v.explicit ? str(v.node) === 'Enabled' : false, span: v.span },
        logging: e.field('logging').explicit,
      });
      continue;
    }
    const att = (type: string) => model.attached(e.resource, type);
    const aclRes = att('aws_s3_bucket_acl')[0];
    const aclVal = aclRes ? tfVal(aclRes.body, 'acl', aclRes.head) : e.field('acl');
    const pabRes = att('aws_s3_bucket_public_access_block')[0];
    const versionRes = att('aws_s3_bucket_versioning')[0];
    let versioning: { enabled?: boolean; span: Span };
    if (versionRes) {
      const status = get(versionRes.body, 'versioning_configuration', 0, 'status') ?? get(versionRes.body, 'versioning_configuration', 'status');
      versioning = { enabled: status ? (status.kind === 'expr' ? undefined : str(status) === 'Enabled') : false, span: status ? headSpan(status) : versionRes.head };
    } else {
      const v = e.field('versioning');
      versioning = { enabled: v.unknown ? undefined : valBool(v) === true, span: v.span };
    }
    out.push({
      entity: e,
      acl: str(aclVal.node) ? { value: str(aclVal.node)!, span: aclVal.span } : undefined,
      publicGrants: aclRes ? publicGrants(get(items(get(aclRes.body, 'access_control_policy'))[0], 'grant')) : publicGrants(e.field('grants').node),
      publicAccessBlock: pabRes
        ? { flags: Object.fromEntries(Object.entries(PAB_TF).map(([k, tf]) => [k, tfVal(pabRes.body, tf, pabRes.head)])) as S3Bucket['publicAccessBlock'] extends infer T ? T extends { flags: infer F } ? F : never : never, span: pabRes.head }
        : undefined,
      encrypted: e.field('encryption').explicit || att('aws_s3_bucket_server_side_encryption_configuration').some(setsDefaultEncryption),
      versioning,
      logging: e.field('logging').explicit || att('aws_s3_bucket_logging').length > 0,
    });
  }
  return out;
}

/**
 * Separate bucket resources (`aws_s3_bucket_acl`, `aws_s3_bucket_public_access_block`) that
 * configure a bucket defined outside the scanned files: a module given `var.bucket_id`, a data
 * source, a literal name. They are judged on their own, or their settings would go unread.
 */
export function unattached(model: AwsModel, type: string): TfResource[] {
  const used = new Set<TfResource>();
  for (const e of model.of('s3')) if (e.source === 'terraform') for (const r of model.attached(e.resource, type)) used.add(r);
  return model.tf.filter((r) => r.mode === 'resource' && r.type === type && !used.has(r));
}

export const PUBLIC_ACCESS_BLOCK_FLAGS = PAB_TF;
