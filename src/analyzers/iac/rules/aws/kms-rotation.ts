import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/kms-rotation",
    "title": "KMS key rotation is off",
    "description": "Without automatic rotation a symmetric key stays the same for its whole life, widening the impact of any key exposure.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-320"
    ],
    "equivalents": [
      "checkov:CKV_AWS_7",
      "trivy:AVD-AWS-0065"
    ],
    "remediation": "Set `enable_key_rotation = true` / `EnableKeyRotation: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('kms')) {
      const v = e.field('rotation');
      if (v.unknown) continue;
      if (valBool(v) !== true && !/^(?:RSA|ECC|HMAC)/.test(valStr(e.field('spec')) ?? '') && (valStr(e.field('usage')) ?? 'ENCRYPT_DECRYPT') === 'ENCRYPT_DECRYPT') emit(e, v.span, `${e.resource} does not rotate its key material.`);
    }
  },
};
