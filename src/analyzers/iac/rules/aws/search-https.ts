import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/search-https",
    "title": "OpenSearch domain does not enforce HTTPS",
    "description": "Without enforce_https, clients can send queries and credentials over plain HTTP.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-319"
    ],
    "equivalents": [
      "checkov:CKV_AWS_83",
      "trivy:AVD-AWS-0046",
      "kics:2e9e0729-66d5-4148-9d39-5e6fb4bf2a4e",
      "kics:4cdc88e6-c0c8-4081-a639-bb3a557cbedf"
    ],
    "remediation": "Set `domain_endpoint_options.enforce_https = true` / `DomainEndpointOptions.EnforceHTTPS: true`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('search')) {
      const v = e.field('https');
      if (v.unknown) continue;
      if (valBool(v) !== true) emit(e, v.span, `${e.resource} does not set enforce_https.`);
    }
  },
};
