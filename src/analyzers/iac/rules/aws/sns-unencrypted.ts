import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/sns-unencrypted",
    "title": "SNS topic is not encrypted",
    "description": "Messages published to an unencrypted topic are stored in clear until delivered.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_26",
      "trivy:AVD-AWS-0095",
      "kics:28545147-2fc6-42d5-a1f9-cf226658e591",
      "kics:9d13b150-a2ab-42a1-b6f4-142e41f81e52"
    ],
    "remediation": "Set `kms_master_key_id` / `KmsMasterKeyId`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('sns')) {
      const v = e.field('kms');
      if (v.unknown) continue;
      if (!v.explicit) emit(e, v.span, `${e.resource} is not encrypted with KMS.`);
    }
  },
};
