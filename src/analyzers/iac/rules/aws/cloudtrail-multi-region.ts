import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/cloudtrail-multi-region",
    "title": "CloudTrail trail is not multi-region",
    "description": "A single-region trail misses API activity in every other region, exactly where an attacker would start resources.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-778"
    ],
    "equivalents": [
      "checkov:CKV_AWS_67",
      "trivy:AVD-AWS-0014",
      "kics:8173d5eb-96b5-4aa6-a71b-ecfa153c123d",
      "kics:058ac855-989f-4378-ba4d-52d004020da7"
    ],
    "remediation": "Set `is_multi_region_trail = true` / `IsMultiRegionTrail: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('cloudtrail')) {
      const v = e.field('multiRegion');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} records only one region.`);
    }
  },
};
