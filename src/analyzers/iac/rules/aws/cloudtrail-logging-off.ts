import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/cloudtrail-logging-off",
    "title": "CloudTrail trail has logging turned off",
    "description": "A trail with logging stopped records nothing: API activity, including an attacker\u2019s, goes unaudited.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-778"
    ],
    "equivalents": [
      "kics:4bb76f17-3d63-4529-bdca-2b454529d774"
    ],
    "remediation": "Set `enable_logging = true` / `IsLogging: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('cloudtrail')) {
      const v = e.field('logging');
      if (v.unknown) continue;
      if (valBool(v) === false) emit(e, v.span, `${e.resource} has logging turned off.`);
    }
  },
};
