import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { policyStatements } from '../../adapters/policies.js';
import { headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/iam-wildcard-resource",
    "title": "IAM policy allows write actions on every resource",
    "description": "An Allow on `Resource: \"*\"` for anything beyond read-only describe/list calls reaches every bucket, key and role in the account.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-732"
    ],
    "equivalents": [
      "checkov:CKV_AWS_355",
      "trivy:AVD-AWS-0057"
    ],
    "remediation": "Scope `Resource` to the ARNs the principal works on."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const s of policyStatements(model.tf, model.cfn)) {
      if (s.effect !== 'Allow' || s.policyKind !== 'identity') continue;
      const readOnly = s.actions.length > 0 && s.actions.every((a) => /^[a-z0-9-]+:(?:Describe|List|Get)[A-Za-z]*$/.test(a.value));
      if (readOnly) continue;
      const what = s.notActions.length ? `every action except ${s.notActions.map((a) => a.value).join(', ')}` : s.actions.map((a) => a.value).join(', ');
      for (const r of s.resources) if (r.value === '*') emit(s, headSpan(r.node), `Policy ${s.resource} allows ${what} on every resource.`);
    }
  },
};
