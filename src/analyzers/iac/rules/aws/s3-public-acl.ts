import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets, unattached } from '../../adapters/s3.js';
import type { TfResource } from '../../adapters/terraform.js';
import { get, headSpan, str } from '../../model.js';

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
    "description": "A `public-read`, `public-read-write` or `authenticated-read` ACL lets anyone (or any AWS account) list and read, or write, the bucket.",
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
    const publicAcls = new Set(['publicread', 'publicreadwrite', 'authenticatedread']);
    for (const b of s3Buckets(model)) {
      const acl = b.acl?.value.toLowerCase().replace(/-/g, '');
      if (!acl || !publicAcls.has(acl)) continue;
      // A bucket ACL governs the bucket itself: READ lists the objects, WRITE creates, overwrites and deletes them.
      const who = acl === 'publicreadwrite' ? 'anyone can list, upload, overwrite and delete its objects' : acl === 'publicread' ? 'anyone can list its objects' : 'any AWS account can list its objects';
      // ignore_public_acls makes S3 disregard the ACL, block_public_acls refuses to set it: then the
      // ACL exposes nothing today, but relaxing the block (a common "fix" for access errors) does.
      const pab = b.publicAccessBlock?.flags;
      const neutralised = pab && (valBool(pab.ignorePublicAcls) === true || valBool(pab.blockPublicAcls) === true);
      if (neutralised) emit(b.entity, b.acl!.span, `Bucket ${b.entity.resource} has the public ACL ${b.acl!.value}, held off only by its public access block; if the block is relaxed ${who}.`, undefined, { confidence: 'low' });
      else emit(b.entity, b.acl!.span, `Bucket ${b.entity.resource} has the public ACL ${b.acl!.value}: ${who}.`);
    }
    for (const r of unattached(model, 'aws_s3_bucket_acl')) {
      const node = get(r.body, 'acl');
      const value = str(node);
      const acl = value?.toLowerCase().replace(/-/g, '');
      if (!acl || !publicAcls.has(acl)) continue;
      // The bucket lives outside the scanned files, so whether its public access block neutralises the ACL is unknown.
      emit({ path: r.path, resource: r.address }, headSpan(node!), `${r.address} sets the public ACL ${value} on a bucket defined elsewhere (${bucketText(r)}); unless that bucket's public access block ignores ACLs, ${acl === 'publicreadwrite' ? 'anyone can list, upload, overwrite and delete its objects' : acl === 'publicread' ? 'anyone can list its objects' : 'any AWS account can list its objects'}.`, undefined, { confidence: 'medium' });
    }
  },
};
