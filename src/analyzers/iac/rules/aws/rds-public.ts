import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/rds-public",
    "title": "RDS database is publicly accessible",
    "description": "A publicly accessible database gets a public DNS name and IP; only the security group stands between it and the internet.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_17",
      "trivy:AVD-AWS-0180",
      "kics:35113e6f-2c6b-414d-beec-7a9482d3b2d1",
      "kics:de38e1d5-54cb-4111-a868-6f7722695007"
    ],
    "remediation": "Set `publicly_accessible = false` / `PubliclyAccessible: false` and reach the database from inside the VPC."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('rds')) {
      const v = e.field('publiclyAccessible');
      if (v.unknown) continue;
      if (valBool(v) === true) emit(e, v.span, `${e.resource} is publicly accessible.`);
    }
  },
};
