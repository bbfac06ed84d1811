import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/elasticache-in-transit",
    "title": "ElastiCache replication group does not encrypt in transit",
    "description": "Without in-transit encryption, cached sessions and tokens cross the network in clear text.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-319"
    ],
    "equivalents": [
      "checkov:CKV_AWS_30",
      "trivy:AVD-AWS-0051",
      "kics:1afbb3fa-cf6c-4a3d-b730-95e9f4df343e",
      "kics:3b02569b-fc6f-4153-b3a3-ba91022fed68"
    ],
    "remediation": "Set `transit_encryption_enabled = true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('elasticache')) {
      const v = e.field('transit');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not encrypt traffic in transit.`);
    }
  },
};
