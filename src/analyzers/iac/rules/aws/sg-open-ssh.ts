import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/sg-open-ssh",
    "title": "Security group opens SSH to the internet",
    "description": "Port 22 open to 0.0.0.0/0 or ::/0 exposes remote administration to every scanner and password sprayer on the internet.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_24",
      "trivy:AVD-AWS-0107",
      "kics:65905cec-d691-4320-b320-2000436cb696",
      "kics:6e856af2-62d7-4ba2-adc1-73b62cef9cc1"
    ],
    "remediation": "Restrict the source to a bastion, VPN range or use SSM Session Manager instead."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const r of ingressRules(model)) {
      if (!covers(r, 22)) continue;
      const open = r.cidrs.find((c) => isOpenCidr(c.value));
      if (open) emit(r, headSpan(open.node), `${r.resource} allows port 22 from ${open.value}.`);
    }
  },
};
