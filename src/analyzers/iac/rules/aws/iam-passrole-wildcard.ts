import type { AwsRule } from '../../rule.js';
import { actionMatches, type AwsModel } from '../../adapters/aws-model.js';
import { policyStatements } from '../../adapters/policies.js';
import { headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/iam-passrole-wildcard",
    "title": "iam:PassRole allowed on every role",
    "description": "`iam:PassRole` on `*` lets the principal hand any role, including admin roles, to a service it controls: a privilege escalation.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "kics:e39bee8c-fe54-4a3f-824d-e5e2d1cca40a"
    ],
    "remediation": "Restrict `iam:PassRole` to the ARNs of the roles that must be passed, with an `iam:PassedToService` condition."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const s of policyStatements(model.tf, model.cfn)) {
      if (s.effect !== 'Allow') continue;
      // `iam:*`, `iam:Pass*` grant PassRole as surely as its name; a bare `*` is full admin, which iam-wildcard-action reports.
      const passes = s.actions.find((a) => a.value !== '*' && actionMatches(a.value, 'iam:PassRole'));
      if (passes && s.resources.some((r) => r.value === '*')) emit(s, headSpan(passes.node), `Policy ${s.resource} allows ${passes.value.toLowerCase() === 'iam:passrole' ? 'iam:PassRole' : `${passes.value}, which includes iam:PassRole,`} on every role.`);
    }
  },
};
