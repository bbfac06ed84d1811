import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';

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
        emit(b.entity, b.entity.head, `Bucket ${b.entity.resource} has no public access block.`);
        continue;
      }
      for (const [name, v] of Object.entries(pab.flags)) {
        if (v.unknown) continue;
        if (valBool(v) !== true) emit(b.entity, v.explicit ? v.span : pab.span, `Bucket ${b.entity.resource} public access block has ${name} ${v.explicit ? 'false' : 'unset'}.`, `${b.entity.resource}|${name}`);
      }
    }
  },
};
