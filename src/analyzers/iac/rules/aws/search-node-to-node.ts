import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

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
      "trivy:AVD-AWS-0043"
    ],
    "remediation": "Set `node_to_node_encryption.enabled = true` / `NodeToNodeEncryptionOptions.Enabled: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('search')) {
      const v = e.field('nodeToNode');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not set enabled.`);
    }
  },
};
