import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

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
      "kics:4bb76f17-3d63-4529-bdca-2b454529d774",
      "kics:5c0b06d5-b7a4-484c-aeb0-75a836269ff0"
    ],
    "remediation": "Set `enable_logging = true` / `IsLogging: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('cloudtrail')) {
      const v = e.field('logging');
      if (v.unknown) continue;
      if (valBool(v) === false) emit(e, v.span, `${e.resource} has logging turned off.`);
    }
  },
};
