import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/s3-logging",
    "title": "S3 bucket access logging is off",
    "description": "Without access logs nobody can tell who read or changed objects after an incident.",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-778"
    ],
    "equivalents": [
      "checkov:CKV_AWS_18",
      "trivy:AVD-AWS-0089",
      "kics:f861041c-8c9f-4156-acfc-5e6e524f5884"
    ],
    "remediation": "Enable server access logging to a dedicated log bucket."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const b of s3Buckets(model)) {
      if (!b.logging) emit(b.entity, b.entity.head, `Bucket ${b.entity.resource} has no logging.`);
    }
  },
};
