import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

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
      "trivy:AVD-AWS-0048",
      "kics:24e16922-4330-4e9d-be8a-caa90299466a",
      "kics:86a248ab-0e01-4564-a82a-878303e253bb"
    ],
    "remediation": "Set `encrypt_at_rest.enabled = true` / `EncryptionAtRestOptions.Enabled: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('search')) {
      const v = e.field('atRest');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not set enabled.`);
    }
  },
};
