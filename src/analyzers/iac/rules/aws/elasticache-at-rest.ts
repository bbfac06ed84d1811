import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/elasticache-at-rest",
    "title": "ElastiCache replication group is not encrypted at rest",
    "description": "Cache snapshots and swap hold the same data as the database in front of which the cache sits.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_29",
      "trivy:AVD-AWS-0045",
      "kics:76976de7-c7b1-4f64-a94f-90c1345914c2",
      "kics:e4ee3903-9225-4b6a-bdfb-e62dbadef821"
    ],
    "remediation": "Set `at_rest_encryption_enabled = true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('elasticache')) {
      const v = e.field('atRest');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} is not encrypted at rest.`);
    }
  },
};
