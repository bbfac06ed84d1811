import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { str } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/provider-credentials",
    "title": "AWS credentials hardcoded in the Terraform provider",
    "description": "Access keys in the provider block end up in git and in every copy of the module.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-798"
    ],
    "equivalents": [
      "checkov:CKV_AWS_41"
    ],
    "remediation": "Remove `access_key`/`secret_key`; use environment variables, a shared profile, or an assumed role (OIDC in CI)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('provider')) {
      for (const f of ['accessKey', 'secretKey']) {
        const v = e.field(f);
        if (!v.unknown && (str(v.node) ?? '').length >= 16) emit(e, v.span, `provider aws has a hardcoded ${f === 'accessKey' ? 'access_key' : 'secret_key'}.`, `${e.resource}|${f}`);
      }
    }
  },
};
