import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { policyStatements } from '../../adapters/policies.js';
import { headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/iam-wildcard-action",
    "title": "IAM policy allows every action of a service or all services",
    "description": "An Allow on `*` or `service:*` grants every current and future action, including destructive and privilege-escalating ones.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-732"
    ],
    "equivalents": [
      "trivy:AVD-AWS-0057",
      "kics:2f37c4a3-58b9-4afe-8a87-d7f1d2286f84",
      "checkov:CKV_AWS_63",
      "kics:953b3cdb-ce13-428a-aa12-318726506661"
    ],
    "remediation": "List the specific actions the principal needs."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const s of policyStatements(model.tf, model.cfn)) {
      if (s.effect !== 'Allow') continue;
      for (const a of s.actions) if (a.value === '*' || a.value.endsWith(':*')) emit(s, headSpan(a.node), `Policy ${s.resource} allows ${a.value}.`, `${s.resource}|${a.value}`);
      // Allow with NotAction grants every action of every service but the few listed, including ones added later.
      const first = s.notActions[0];
      if (first) emit(s, headSpan(first.node), `Policy ${s.resource} allows every action except ${s.notActions.map((n) => n.value).join(', ')} (NotAction).`, `${s.resource}|NotAction`);
    }
  },
};
