import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/kinesis-unencrypted",
    "title": "Kinesis stream is not encrypted",
    "description": "Records in an unencrypted stream are stored in clear for the retention period.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_43",
      "trivy:AVD-AWS-0064"
    ],
    "remediation": "Set `encryption_type = \"KMS\"` with a key."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('kinesis')) {
      const v = e.field('encryption');
      if (v.unknown) continue;
      if ((valStr(v) ?? 'NONE').toUpperCase() !== 'KMS') emit(e, v.span, `${e.resource} is not encrypted with KMS.`);
    }
  },
};
