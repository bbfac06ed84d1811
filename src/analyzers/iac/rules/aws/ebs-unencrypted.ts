import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';
import { bool, get } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/ebs-unencrypted",
    "title": "EBS volume is not encrypted",
    "description": "Unencrypted volumes and their snapshots expose data to anyone a snapshot is shared with and to physical media handling.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-311"
    ],
    "equivalents": [
      "checkov:CKV_AWS_3",
      "trivy:AVD-AWS-0026",
      "kics:cc997676-481b-4e93-aa81-d19f8c5e9b12",
      "kics:80b7ac3f-d2b7-4577-9b10-df7913497162"
    ],
    "remediation": "Set `encrypted = true` (and enable EBS encryption by default in the account)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    // With EBS encryption by default on for the account (in this configuration), EC2 encrypts every new volume whatever it sets.
    const accountDefault = model.tf.some((r) => r.mode === 'resource' && r.type === 'aws_ebs_encryption_by_default' && bool(get(r.body, 'enabled')) !== false && get(r.body, 'enabled')?.kind !== 'expr');
    for (const e of model.of('ebs')) {
      const v = e.field('encrypted');
      if (v.unknown) continue;
      const encrypted = valBool(v);
      if (encrypted === true) continue;
      // A volume restored from a snapshot takes the snapshot's encryption unless it asks for more.
      if (encrypted === undefined && e.field('snapshot').explicit) continue;
      if (accountDefault && e.source === 'terraform') {
        if (encrypted === false) emit(e, v.span, `${e.resource} sets encrypted = false; the aws_ebs_encryption_by_default in this configuration encrypts it anyway, until that is removed.`, undefined, { confidence: 'low' });
        continue;
      }
      emit(e, v.span, `${e.resource} does not set encrypted/Encrypted to true.`);
    }
  },
};
