import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

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
      "kics:52ffcfa6-6c70-4ea6-8376-d828d3961669"
    ],
    "remediation": "Set `enable_log_file_validation = true` / `EnableLogFileValidation: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('cloudtrail')) {
      const v = e.field('logValidation');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not validate its log files.`);
    }
  },
};
