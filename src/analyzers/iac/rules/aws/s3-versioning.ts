import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

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
      "kics:568a4d22-3517-44a6-a7ad-6a7eed88722c"
    ],
    "remediation": "Enable versioning (and consider MFA delete and lifecycle rules)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    const buckets = s3Buckets(model);
    // Log-target buckets (log-delivery-write ACL, or named as another bucket's log target) are exempt from logging themselves.
    const targets = new Set<string>();
    for (const r of model.tf) if (r.type === 'aws_s3_bucket_logging' || r.type === 'aws_s3_bucket') {
      const t = r.type === 'aws_s3_bucket' ? r.body.entries?.get('logging')?.items?.[0]?.entries?.get('target_bucket') : r.body.entries?.get('target_bucket');
      const m = t?.kind === 'expr' ? /^(aws_s3_bucket\.[\w-]+)\./.exec(t.raw ?? '') : null;
      if (m) targets.add(m[1]!);
    }
    for (const b of buckets) {
      void targets;
      if (b.versioning.enabled === false) emit(b.entity, b.versioning.span, `Bucket ${b.entity.resource} has no versioning enabled.`);
    }
  },
};
