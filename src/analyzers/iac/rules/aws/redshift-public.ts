import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/redshift-public",
    "title": "Redshift cluster is publicly accessible",
    "description": "A public Redshift endpoint is reachable from the internet, guarded only by its security group and password.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_87",
      "kics:af173fde-95ea-4584-b904-bb3923ac4bda",
      "kics:bdf8dcb4-75df-4370-92c4-606e4ae6c4d3"
    ],
    "remediation": "Set `publicly_accessible = false` / `PubliclyAccessible: false` explicitly."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('redshift')) {
      const v = e.field('publiclyAccessible');
      if (v.unknown) continue;
      if (valBool(v) === true) emit(e, v.span, `${e.resource} is publicly accessible.`);
      // The default moved: AWS provider v4 and the Redshift API before 2025 made new clusters
      // public, v5 and the API since keep them private. Which one applies is outside the file.
      else if (!v.explicit) emit(e, v.span, e.source === 'terraform' ? `${e.resource} does not set publicly_accessible: AWS provider v4 and older make the cluster public by default; set it to false.` : `${e.resource} does not set PubliclyAccessible: the Redshift API made new clusters public by default until 2025; set it to false.`, undefined, { confidence: 'medium' });
    }
  },
};
