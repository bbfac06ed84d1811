import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/redshift-unencrypted",
    "title": "Redshift cluster is not encrypted",
    "description": "A data warehouse holds the most data in one place; unencrypted storage and snapshots expose all of it.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_64",
      "trivy:AVD-AWS-0084",
      "kics:3b316b05-564c-44a7-9c3f-405bb95e211e",
      "kics:cfdcabb0-fc06-427c-865b-c59f13e898ce"
    ],
    "remediation": "Set `encrypted = true` with a KMS key."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('redshift')) {
      const v = e.field('encrypted');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} is not encrypted.`);
    }
  },
};
