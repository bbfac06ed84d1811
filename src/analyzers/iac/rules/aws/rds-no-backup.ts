import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { num } from '../../model.js';

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
      "kics:1dc73fb4-5b51-430c-8c5f-25dcf9090b02",
      "kics:8c415f6f-7b90-4a27-a44a-51047e1506f9"
    ],
    "remediation": "Set a backup retention period of at least 7 days."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('rds')) {
      const v = e.field('backupRetention');
      if (v.unknown) continue;
      if (num(v.node) === 0) emit(e, v.span, `${e.resource} has automated backups disabled (retention 0).`);
    }
  },
};
