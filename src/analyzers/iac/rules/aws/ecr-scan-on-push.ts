import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/ecr-scan-on-push",
    "title": "ECR repository does not scan images on push",
    "description": "Without scan on push, images with known-vulnerable packages are stored and deployed without anyone being told.",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-1104"
    ],
    "equivalents": [
      "checkov:CKV_AWS_163",
      "trivy:AVD-AWS-0030",
      "kics:9630336b-3fed-4096-8173-b9afdfe346a7",
      "kics:9025b2b3-e554-4842-ba87-db7aeec36d35"
    ],
    "remediation": "Enable `scan_on_push` (or registry-level enhanced scanning)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('ecr')) {
      const v = e.field('scanOnPush');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not scan images on push.`);
    }
  },
};
