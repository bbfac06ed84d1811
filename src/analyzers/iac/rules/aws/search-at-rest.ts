import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/search-at-rest",
    "title": "OpenSearch domain is not encrypted at rest",
    "description": "Indexes and snapshots of an unencrypted domain are readable by anyone who reaches the storage.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_5",
      "trivy:AVD-AWS-0048"
    ],
    "remediation": "Set `encrypt_at_rest.enabled = true` / `EncryptionAtRestOptions.Enabled: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('search')) {
      const v = e.field('atRest');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not set enabled.`);
    }
  },
};
