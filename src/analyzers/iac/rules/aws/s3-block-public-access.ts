import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';
import { PUBLIC_ACCESS_BLOCK_FLAGS, s3Buckets, unattached } from '../../adapters/s3.js';
import { bool, get, headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/s3-block-public-access",
    "title": "S3 bucket public access block is missing or off",
    "description": "Without all four public access block settings, one mistaken ACL or policy makes the bucket public.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV2_AWS_6",
      "trivy:AVD-AWS-0094"
    ],
    "remediation": "Add a public access block with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const b of s3Buckets(model)) {
      const pab = b.publicAccessBlock;
      if (!pab) {
        // S3 has turned all four settings on for every bucket created since April 2023; a bucket
        // created earlier (or imported) keeps what it had, and the file does not say which it is.
        emit(b.entity, b.entity.head, `Bucket ${b.entity.resource} has no public access block: S3 blocks public access on buckets created since April 2023, not on older ones; declare all four settings.`, `${b.entity.resource}|no public access block`, { confidence: 'medium' });
        continue;
      }
      for (const [name, v] of Object.entries(pab.flags)) {
        if (v.unknown) continue;
        if (valBool(v) !== true) emit(b.entity, v.explicit ? v.span : pab.span, `Bucket ${b.entity.resource} public access block has ${name} ${v.explicit ? 'false' : 'unset'}.`, `${b.entity.resource}|${name}`);
      }
    }
    // A block for a bucket defined elsewhere (module input, data source, literal name) still sets its flags.
    for (const r of unattached(model, 'aws_s3_bucket_public_access_block')) {
      for (const [name, key] of Object.entries(PUBLIC_ACCESS_BLOCK_FLAGS)) {
        const n = get(r.body, key);
        if (n?.kind === 'expr' || bool(n) === true) continue;
        emit({ path: r.path, resource: r.address }, n ? headSpan(n) : r.head, `Public access block ${r.address} has ${name} ${n ? 'false' : 'unset'}.`, `${r.address}|${name}`);
      }
    }
  },
};
