import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { policyStatements } from '../../adapters/policies.js';
import { headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/s3-public-policy",
    "title": "S3 bucket policy allows any principal",
    "description": "A bucket policy Allow with `Principal: \"*\"` and no condition opens the bucket to the internet.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_70",
      "kics:7af43613-6bb9-4a0e-8c4d-1314b799425e",
      "kics:7772bb8c-c0f3-42d4-8e4e-f1b8939ad085"
    ],
    "remediation": "Name the principals (accounts, roles) or add a condition such as `aws:SourceVpce` or `aws:PrincipalOrgID`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const s of policyStatements(model.tf, model.cfn)) {
      if (s.policyKind !== 'bucket' || s.effect !== 'Allow' || s.restrictsCaller) continue;
      const star = s.principals.find((p) => p.value === '*');
      if (star) emit(s, headSpan(star.node), `Bucket policy ${s.resource} allows any principal without a condition that limits the caller.`);
    }
  },
};
