import type { AwsRule } from '../../rule.js';
import { valBool, type AwsModel } from '../../adapters/aws-model.js';
import { isOpenCidr } from '../../adapters/security-groups.js';
import { str } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/eks-public-endpoint",
    "title": "EKS API endpoint is public to the internet",
    "description": "A public Kubernetes API endpoint open to 0.0.0.0/0 is one leaked kubeconfig or API bug away from cluster takeover.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_39",
      "trivy:AVD-AWS-0040",
      "kics:42f4b905-3736-4213-bfe9-c0660518cda8",
      "trivy:AVD-AWS-0041"
    ],
    "remediation": "Disable the public endpoint, or restrict `public_access_cidrs` to known ranges."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('eks')) {
      const v = e.field('publicAccess');
      if (v.unknown || valBool(v) === false) continue;
      const cidrs = e.field('publicCidrs');
      if (cidrs.unknown) continue;
      const list = cidrs.node?.kind === 'list' ? (cidrs.node.items ?? []).map((i) => str(i)) : [];
      if (list.length && !list.some((c) => c !== undefined && isOpenCidr(c))) continue;
      emit(e, v.explicit ? v.span : e.head, `${e.resource} exposes its API endpoint to the internet.`);
    }
  },
};
