import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

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
      "trivy:AVD-AWS-0017"
    ],
    "remediation": "Set `kms_key_id` / `KmsKeyId`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('loggroup')) {
      const v = e.field('kms');
      if (v.unknown) continue;
      if (!v.explicit) emit(e, v.span, `${e.resource} is not encrypted with a customer managed KMS key.`);
    }
  },
};
