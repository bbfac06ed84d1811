import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/docdb-unencrypted",
    "title": "DocumentDB cluster is not encrypted",
    "description": "Storage, snapshots and replicas of an unencrypted cluster are readable by anyone who obtains them.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_74",
      "trivy:AVD-AWS-0021",
      "kics:bc1f9009-84a0-490f-ae09-3e0ea6d74ad6"
    ],
    "remediation": "Create the cluster with `storage_encrypted = true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('docdb')) {
      const v = e.field('encrypted');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not set storage_encrypted/StorageEncrypted to true.`);
    }
  },
};
