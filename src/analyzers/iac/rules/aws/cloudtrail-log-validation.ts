import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/cloudtrail-log-validation",
    "title": "CloudTrail log file validation is off",
    "description": "Without log file validation nobody can prove the trail logs were not altered or deleted after an intrusion.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-354"
    ],
    "equivalents": [
      "checkov:CKV_AWS_36",
      "trivy:AVD-AWS-0016",
      "kics:52ffcfa6-6c70-4ea6-8376-d828d3961669",
      "kics:2a3560fe-52ca-4443-b34f-bf0ed5eb74c8"
    ],
    "remediation": "Set `enable_log_file_validation = true` / `EnableLogFileValidation: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('cloudtrail')) {
      const v = e.field('logValidation');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not validate its log files.`);
    }
  },
};
