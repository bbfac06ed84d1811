import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

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
      "kics:6e8849c1-3aa7-40e3-9063-b85ee300f29f",
      "kics:12726829-93ed-4d51-9cbe-13423f4299e1"
    ],
    "remediation": "Set `sqs_managed_sse_enabled = true` or a `kms_master_key_id`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('sqs')) {
      const kms = e.field('kms');
      const sse = e.field('sse');
      if (kms.explicit || sse.unknown || valBool(sse) === true) continue;
      // An empty `kms_master_key_id = ""` is no key: point at it, since that is the line to fix.
      if (sse.explicit) emit(e, sse.span, `${e.resource} is not encrypted at rest.`);
      // Left unset, SQS applies SSE-SQS to queues created since October 2022, but a queue created
      // before keeps no encryption: the file alone does not say which this is.
      else emit(e, kms.span, `${e.resource} sets no encryption: SQS encrypts queues created since October 2022 with SSE-SQS by default, not older ones; set ${e.source === 'terraform' ? 'sqs_managed_sse_enabled = true or kms_master_key_id' : 'SqsManagedSseEnabled: true or KmsMasterKeyId'}.`, undefined, { confidence: 'low' });
    }
  },
};
