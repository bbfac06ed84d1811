import type { AwsRule } from '../../rule.js';
import { valBool, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { s3Buckets } from '../../adapters/s3.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { policyStatements, policyAttachments } from '../../adapters/policies.js';
import { headSpan, num, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/sqs-unencrypted",
    "title": "SQS queue is not encrypted",
    "description": "Messages in an unencrypted queue are stored in clear; they often carry personal data and tokens.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_27",
      "trivy:AVD-AWS-0096",
      "kics:6e8849c1-3aa7-40e3-9063-b85ee300f29f"
    ],
    "remediation": "Set `sqs_managed_sse_enabled = true` or a `kms_master_key_id`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    void valBool; void valStr; void s3Buckets; void ingressRules; void isOpenCidr; void covers; void policyStatements; void policyAttachments; void headSpan; void num; void str; void entries;
    for (const e of model.of('sqs')) {
      const kms = e.field('kms');
      const sse = e.field('sse');
      if (kms.explicit || sse.unknown || valBool(sse) === true) continue;
      emit(e, sse.explicit ? sse.span : e.head, `${e.resource} is not encrypted at rest.`);
    }
  },
};
