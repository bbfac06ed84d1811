import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/log-group-kms",
    "title": "CloudWatch log group is not encrypted with KMS",
    "description": "Logs carry request data, tokens and personal data; a customer managed key lets you control and audit who reads them.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_158",
      "trivy:AVD-AWS-0017",
      "kics:0afbcfe9-d341-4b92-a64c-7e6de0543879"
    ],
    "remediation": "Set `kms_key_id` / `KmsKeyId`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('loggroup')) {
      const v = e.field('kms');
      if (v.unknown) continue;
      if (!v.explicit) emit(e, v.span, `${e.resource} is not encrypted with a customer managed KMS key.`);
    }
  },
};
