import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/search-node-to-node",
    "title": "OpenSearch domain does not encrypt node-to-node traffic",
    "description": "Without node-to-node encryption, shard traffic inside the VPC is clear text.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-319"
    ],
    "equivalents": [
      "checkov:CKV_AWS_6",
      "trivy:AVD-AWS-0043",
      "kics:967eb3e6-26fc-497d-8895-6428beb6e8e2"
    ],
    "remediation": "Set `node_to_node_encryption.enabled = true` / `NodeToNodeEncryptionOptions.Enabled: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('search')) {
      const v = e.field('nodeToNode');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not set enabled.`);
    }
  },
};
