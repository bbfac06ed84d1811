import type { AwsRule } from '../../rule.js';
import { valStr, type AwsModel } from '../../adapters/aws-model.js';

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
      "trivy:AVD-AWS-0064",
      "kics:5c6dd5e7-1fe0-4cae-8f81-4c122717cef3",
      "kics:7f65be75-90ab-4036-8c2a-410aef7bb650"
    ],
    "remediation": "Set `encryption_type = \"KMS\"` with a key."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('kinesis')) {
      const v = e.field('encryption');
      if (v.unknown) continue;
      if ((valStr(v) ?? 'NONE').toUpperCase() !== 'KMS') emit(e, v.span, `${e.resource} is not encrypted with KMS.`);
    }
  },
};
