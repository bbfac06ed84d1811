import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/s3-encryption",
    "title": "S3 bucket has no default encryption configured",
    "description": "Without an explicit server-side encryption configuration the bucket relies on the account default; with KMS you also control and audit key use.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_19",
      "trivy:AVD-AWS-0088",
      "kics:b2e8752c-3497-4255-98d2-e4ae5b46bbf5"
    ],
    "remediation": "Configure server-side encryption (SSE-KMS with a customer managed key for sensitive data)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    const buckets = s3Buckets(model);
    for (const b of buckets) {
      if (!b.encrypted) emit(b.entity, b.entity.head, `Bucket ${b.entity.resource} has no default encryption.`);
    }
  },
};
