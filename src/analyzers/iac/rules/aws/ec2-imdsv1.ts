import type { AwsRule } from '../../rule.js';
import { valStr, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/ec2-imdsv1",
    "title": "Instance metadata service allows IMDSv1",
    "description": "IMDSv1 answers plain GET requests, so any SSRF in the instance\u2019s applications can read its IAM role credentials (the Capital One breach).",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-918"
    ],
    "equivalents": [
      "checkov:CKV_AWS_79",
      "trivy:AVD-AWS-0028",
      "trivy:AVD-AWS-0130"
    ],
    "remediation": "Set `metadata_options { http_tokens = \"required\" }` (or disable the endpoint)."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of [...model.of('instance'), ...model.of('launchconfig')]) {
      const tokens = e.field('httpTokens');
      const endpoint = e.field('httpEndpoint');
      if (tokens.unknown || endpoint.unknown || valStr(endpoint) === 'disabled') continue;
      if (valStr(tokens) !== 'required') emit(e, tokens.span, `${e.resource} allows IMDSv1 (http_tokens is not required).`);
    }
  },
};
