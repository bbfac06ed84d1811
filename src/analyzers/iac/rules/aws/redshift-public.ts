import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/redshift-public",
    "title": "Redshift cluster is publicly accessible",
    "description": "A public Redshift endpoint is reachable from the internet, guarded only by its security group and password.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_87",
      "trivy:AVD-AWS-0127"
    ],
    "remediation": "Set `publicly_accessible = false`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('redshift')) {
      const v = e.field('publiclyAccessible');
      if (v.unknown) continue;
      if (valBool(v) === true) emit(e, v.span, `${e.resource} is publicly accessible.`);
    }
  },
};
