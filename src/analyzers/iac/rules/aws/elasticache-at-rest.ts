import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

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
      "trivy:AVD-AWS-0045"
    ],
    "remediation": "Set `at_rest_encryption_enabled = true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('elasticache')) {
      const v = e.field('atRest');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} is not encrypted at rest.`);
    }
  },
};
