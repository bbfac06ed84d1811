import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/s3-versioning",
    "title": "S3 bucket versioning is off",
    "description": "Without versioning an overwrite or delete (by mistake or ransomware) destroys the data for good.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "checkov:CKV_AWS_21",
      "trivy:AVD-AWS-0090",
      "kics:568a4d22-3517-44a6-a7ad-6a7eed88722c",
      "kics:a227ec01-f97a-4084-91a4-47b350c1db54"
    ],
    "remediation": "Enable versioning (and consider MFA delete and lifecycle rules)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    const buckets = s3Buckets(model);
    for (const b of buckets) {
      if (b.versioning.enabled === false) emit(b.entity, b.versioning.span, `Bucket ${b.entity.resource} has no versioning enabled.`);
    }
  },
};
