import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/efs-unencrypted",
    "title": "EFS file system is not encrypted",
    "description": "EFS encryption at rest can only be chosen at creation; an unencrypted file system stays so.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_42",
      "trivy:AVD-AWS-0037",
      "kics:48207659-729f-4b5c-9402-f884257d794f",
      "kics:2ff8e83c-90e1-4d68-a300-6d652112e622"
    ],
    "remediation": "Create the file system with `encrypted = true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('efs')) {
      const v = e.field('encrypted');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not set encrypted/Encrypted to true.`);
    }
  },
};
