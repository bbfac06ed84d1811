import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/rds-unencrypted",
    "title": "RDS storage is not encrypted",
    "description": "Unencrypted database storage, snapshots and replicas expose the data to anyone who gets a snapshot shared or copied.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_16",
      "trivy:AVD-AWS-0080",
      "kics:08bd0760-8752-44e1-9779-7bb369b2b4e4"
    ],
    "remediation": "Set `storage_encrypted = true` / `StorageEncrypted: true` (with a customer managed KMS key for sensitive data)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('rds')) {
      const v = e.field('storageEncrypted');
      if (v.unknown) continue;
      if (valBool(v) !== true && !e.field('clusterId').explicit && !e.field('snapshotId').explicit) emit(e, v.span, `${e.resource} does not encrypt its storage.`);
    }
  },
};
