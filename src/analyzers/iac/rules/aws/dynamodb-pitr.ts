import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/dynamodb-pitr",
    "title": "DynamoDB point-in-time recovery is off",
    "description": "Without point-in-time recovery an accidental or malicious write or delete cannot be rolled back.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "checkov:CKV_AWS_28",
      "trivy:AVD-AWS-0024",
      "kics:741f1291-47ac-4a85-a07b-3d32a9d6bd3e",
      "kics:0f04217d-488f-4e7a-bec8-f16159686cd6"
    ],
    "remediation": "Enable point-in-time recovery."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('dynamodb')) {
      const v = e.field('pitr');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} has point-in-time recovery off.`);
    }
  },
};
