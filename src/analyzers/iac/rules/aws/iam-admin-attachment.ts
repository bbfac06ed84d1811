import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { policyAttachments } from '../../adapters/policies.js';
import { headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/iam-admin-attachment",
    "title": "Identity gets AdministratorAccess, PowerUserAccess or IAMFullAccess",
    "description": "These AWS managed policies grant (nearly) everything; attaching them to a workload role or user makes any leak of its credentials an account takeover.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "checkov:CKV_AWS_274"
    ],
    "remediation": "Attach a least-privilege customer managed policy instead."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const a of policyAttachments(model.tf, model.cfn)) {
      if (/:policy\/(?:AdministratorAccess|PowerUserAccess|IAMFullAccess)$/.test(a.arn)) emit(a, headSpan(a.node), `${a.resource} attaches ${a.arn.slice(a.arn.lastIndexOf('/') + 1)}.`);
    }
  },
};
