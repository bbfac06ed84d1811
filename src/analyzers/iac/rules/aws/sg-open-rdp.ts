import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { ingressRules, isOpenCidr, covers } from '../../adapters/security-groups.js';
import { headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/sg-open-rdp",
    "title": "Security group opens RDP to the internet",
    "description": "Port 3389 open to 0.0.0.0/0 or ::/0 exposes remote administration to every scanner and password sprayer on the internet.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_25",
      "kics:151187cb-0efc-481c-babd-ad24e3c9bc22",
      "kics:3ae83918-7ec7-4cb8-80db-b91ef0f94002",
      "kics:c9846969-d066-431f-9b34-8c4abafe422a"
    ],
    "remediation": "Restrict the source to a bastion, VPN range or use SSM Session Manager instead."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const r of ingressRules(model)) {
      if (!covers(r, 3389)) continue;
      const open = r.cidrs.find((c) => isOpenCidr(c.value));
      if (open) emit(r, headSpan(open.node), `${r.resource} allows port 3389 from ${open.value}.`);
    }
  },
};
