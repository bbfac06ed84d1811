import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { headSpan, str, entries } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/lambda-env-secret",
    "title": "Secret in Lambda environment variables",
    "description": "Lambda environment variables are visible to anyone with lambda:GetFunctionConfiguration and are stored in the template and state.",
    "severity": "high",
    "confidence": "medium",
    "cwe": [
      "CWE-798"
    ],
    "equivalents": [
      "checkov:CKV_AWS_45"
    ],
    "remediation": "Store the secret in Secrets Manager or SSM Parameter Store (SecureString) and fetch it at runtime; pass only its ARN."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    const secretName = /(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY)(?:_|$)/i;
    for (const e of model.of('lambda')) {
      const v = e.field('env');
      for (const [name, node] of entries(v.node)) {
        const value = str(node);
        if (!value || value.length < 4 || value.startsWith('arn:') || !secretName.test(name) || /(?:_ARN|_NAME|_PATH|_ID)$/i.test(name)) continue;
        // A CloudFormation dynamic reference names a Secrets Manager or SSM value; the template holds no secret.
        if (/^\{\{resolve:(?:secretsmanager|ssm-secure|ssm):/.test(value.trim())) continue;
        emit(e, headSpan(node), `${e.resource} sets ${name} to a literal value in its environment.`, `${e.resource}|${name}`);
      }
    }
  },
};
