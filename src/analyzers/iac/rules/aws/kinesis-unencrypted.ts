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
      "kics:862fe4bf-3eec-4767-a517-40f378886b88",
      "kics:7f65be75-90ab-4036-8c2a-410aef7bb650"
    ],
    "remediation": "Set `encryption_type = \"KMS\"` with a key."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('kinesis')) {
      const v = e.field('encryption');
      if (v.unknown) continue;
      if ((valStr(v) ?? 'NONE').toUpperCase() !== 'KMS') emit(e, v.span, `${e.resource} is not encrypted with KMS.`);
      else {
        // KMS needs a key (alias/aws/kinesis at least): AWS rejects the encryption without one, and
        // Terraform leaves the stream it already created unencrypted. Point where the key belongs.
        const key = e.field('kmsKey');
        if (!key.explicit && !key.unknown) emit(e, key.span, `${e.resource} selects KMS encryption but names no key.`);
      }
    }
  },
};
