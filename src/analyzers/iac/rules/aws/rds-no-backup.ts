import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/rds-no-backup",
    "title": "RDS automated backups are disabled",
    "description": "A backup retention period of 0 turns off automated backups and point-in-time recovery: a bad migration or deletion cannot be undone.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "kics:1dc73fb4-5b51-430c-8c5f-25dcf9090b02"
    ],
    "remediation": "Set a backup retention period of at least 7 days."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('rds')) {
      const v = e.field('backupRetention');
      if (v.unknown) continue;
      if (num(v.node) === 0) emit(e, v.span, `${e.resource} has automated backups disabled (retention 0).`);
    }
  },
};
