import type { AwsRule } from '../../rule.js';
import { valStr, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/ecr-mutable-tags",
    "title": "ECR repository allows tags to be overwritten",
    "description": "With mutable tags, anyone who can push can replace `v1.2.3` with different content, and deployments that pull by tag run it.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-494"
    ],
    "equivalents": [
      "checkov:CKV_AWS_51",
      "trivy:AVD-AWS-0031",
      "kics:d1846b12-20c5-4d45-8798-fc35b79268eb",
      "kics:33f41d31-86b1-46a4-81f7-9c9a671f59ac"
    ],
    "remediation": "Set `image_tag_mutability = \"IMMUTABLE\"` / `ImageTagMutability: IMMUTABLE`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('ecr')) {
      const v = e.field('mutability');
      if (v.unknown) continue;
      if ((valStr(v) ?? 'MUTABLE').toUpperCase() === 'MUTABLE') emit(e, v.span, `${e.resource} allows image tags to be overwritten.`);
    }
  },
};
