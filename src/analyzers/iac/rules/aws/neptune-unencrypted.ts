import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/neptune-unencrypted",
    "title": "Neptune cluster is not encrypted",
    "description": "Storage, snapshots and replicas of an unencrypted cluster are readable by anyone who obtains them.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_44",
      "trivy:AVD-AWS-0076",
      "kics:98d59056-f745-4ef5-8613-32bca8d40b7e",
      "kics:bf4473f1-c8a2-4b1b-8134-bd32efabab93"
    ],
    "remediation": "Create the cluster with `storage_encrypted = true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('neptune')) {
      const v = e.field('encrypted');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not set storage_encrypted/StorageEncrypted to true.`);
    }
  },
};
