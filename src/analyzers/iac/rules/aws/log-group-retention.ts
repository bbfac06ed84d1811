import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { num } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/log-group-retention",
    "title": "CloudWatch log group keeps logs for less than a year",
    "description": "Short retention deletes the evidence an investigation needs; most incidents are found months later.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-778"
    ],
    "equivalents": [
      "checkov:CKV_AWS_338"
    ],
    "remediation": "Set `retention_in_days` to 365 or more."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('loggroup')) {
      const v = e.field('retention');
      if (v.unknown) continue;
      const days = num(v.node);
      // 0 (and unset) means never expire in both Terraform and CloudFormation.
      if (days !== undefined && days > 0 && days < 365) emit(e, v.span, `${e.resource} keeps logs for less than a year.`);
    }
  },
};
