import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';
import { publicGrants, s3Buckets, unattached, type PublicGrant } from '../../adapters/s3.js';
import type { TfResource } from '../../adapters/terraform.js';
import { get, headSpan, items, str, type Span } from '../../model.js';

function bucketText(r: TfResource): string {
  const b = get(r.body, 'bucket');
  const text = (b?.kind === 'expr' ? b.raw : str(b)) ?? 'unknown bucket';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/s3-public-acl",
    "title": "S3 bucket ACL grants public access",
    "description": "A `public-read`, `public-read-write` or `authenticated-read` ACL, or an ACL grant to the AllUsers or AuthenticatedUsers group, lets anyone (or any AWS account) list, or write to, the bucket.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_20",
      "trivy:AVD-AWS-0092",
      "kics:38c5ee0d-7f22-4260-ab72-5073048df100",
      "checkov:CKV_AWS_57",
      "kics:07dda8de-d90d-469e-9b37-1aca53526ced",
      "kics:219f4c95-aa50-44e0-97de-cf71f4641170",
      "kics:57b9893d-33b1-4419-bcea-a717ea87e139",
      "kics:835d5497-a526-4aea-a23f-98a9afd1635f"
    ],
    "remediation": "Use the `private` ACL (or disable ACLs with BucketOwnerEnforced) and grant access through narrow bucket policies."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const b of s3Buckets(model)) {
      const exposures = [...cannedExposure(b.acl), ...grantExposures(b.publicGrants)];
      if (!exposures.length) continue;
      // ignore_public_acls makes S3 disregard the ACL: it exposes nothing today, but relaxing the
      // block (a common "fix" for access errors) does. block_public_acls alone only refuses new
      // public ACLs; one set with the bucket, before its block exists, stays in force.
      const pab = b.publicAccessBlock?.flags;
      const neutralised = pab && valBool(pab.ignorePublicAcls) === true;
      for (const x of exposures) {
        if (neutralised) emit(b.entity, x.span, `Bucket ${b.entity.resource} ${x.what}, held off only by its public access block; if the block is relaxed ${x.who}.`, `${b.entity.resource}|${x.what}`, { confidence: 'low' });
        else emit(b.entity, x.span, `Bucket ${b.entity.resource} ${x.what}: ${x.who}.`, `${b.entity.resource}|${x.what}`);
      }
    }
    for (const r of unattached(model, 'aws_s3_bucket_acl')) {
      const node = get(r.body, 'acl');
      const exposures = [...cannedExposure(str(node) ? { value: str(node)!, span: headSpan(node!) } : undefined), ...grantExposures(publicGrants(get(items(get(r.body, 'access_control_policy'))[0], 'grant')))];
      // The bucket lives outside the scanned files, so whether its public access block neutralises the ACL is unknown.
      for (const x of exposures) emit({ path: r.path, resource: r.address }, x.span, `${r.address} ${x.what} on a bucket defined elsewhere (${bucketText(r)}); unless that bucket's public access block ignores ACLs, ${x.who}.`, `${r.address}|${x.what}`, { confidence: 'medium' });
    }
  },
};

interface Exposure {
  readonly what: string;
  readonly who: string;
  readonly span: Span;
}

// A bucket ACL governs the bucket itself: READ lists the objects, WRITE creates, overwrites and
// deletes them, WRITE_ACP rewrites the ACL (and so grants anything), FULL_CONTROL is all of them.
const CANNED: Readonly<Record<string, string>> = {
  publicread: 'anyone can list its objects',
  publicreadwrite: 'anyone can list, upload, overwrite and delete its objects',
  authenticatedread: 'any AWS account can list its objects',
};

function cannedExposure(acl: { value: string; span: Span } | undefined): Exposure[] {
  const who = acl ? CANNED[acl.value.toLowerCase().replace(/-/g, '')] : undefined;
  return who ? [{ what: `has the public ACL ${acl!.value}`, who, span: acl!.span }] : [];
}

/** One exposure per grant line and group: a v3 `permissions = ["READ", "WRITE"]` is one report. */
function grantExposures(grants: readonly PublicGrant[]): Exposure[] {
  const byLine = new Map<string, { group: PublicGrant['group']; perms: string[]; span: Span }>();
  for (const g of grants) {
    // READ_ACP only discloses the ACL.
    if (!['READ', 'WRITE', 'WRITE_ACP', 'FULL_CONTROL'].includes(g.permission)) continue;
    const key = `${g.span.sl}|${g.group}`;
    const cur = byLine.get(key);
    if (cur) {
      if (!cur.perms.includes(g.permission)) cur.perms.push(g.permission);
    } else byLine.set(key, { group: g.group, perms: [g.permission], span: g.span });
  }
  return [...byLine.values()].map(({ group, perms, span }) => {
    const anyone = group === 'AllUsers' ? 'anyone' : 'any AWS account';
    const can = perms.map((p) => ({ READ: 'list its objects', WRITE: 'upload, overwrite and delete its objects', WRITE_ACP: 'rewrite its ACL and so grant itself anything', FULL_CONTROL: 'list, write and re-grant it' })[p as 'READ']);
    return { what: `grants ${perms.join(', ')} to ${group}`, who: `${anyone} can ${can.join('; ')}`, span };
  });
}
