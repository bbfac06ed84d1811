import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';

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
      "trivy:AVD-AWS-0065",
      "kics:1c07bfaf-663c-4f6f-b22b-8e2d481e4df5",
      "kics:22fbfeac-7b5a-421a-8a27-7a2178bb910b",
      "kics:235ca980-eb71-48f4-9030-df0c371029eb"
    ],
    "remediation": "Set `enable_key_rotation = true` / `EnableKeyRotation: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('kms')) {
      const v = e.field('rotation');
      if (v.unknown) continue;
      if (valBool(v) !== true && !/^(?:RSA|ECC|HMAC)/.test(valStr(e.field('spec')) ?? '') && (valStr(e.field('usage')) ?? 'ENCRYPT_DECRYPT') === 'ENCRYPT_DECRYPT') emit(e, v.span, `${e.resource} does not rotate its key material.`);
    }
  },
};
