import type { AwsRule } from '../../rule.js';
import type { AwsModel } from '../../adapters/aws-model.js';
import { ingressRules, isOpenCidr } from '../../adapters/security-groups.js';
import { headSpan } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/sg-open-all-ports",
    "title": "Security group opens all ports to the internet",
    "description": "All protocols or the full port range open to the internet exposes every service on the instances, including ones never meant to be reachable.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "checkov:CKV_AWS_277"
    ],
    "remediation": "Open only the ports the service needs, to the sources that need them."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const r of ingressRules(model)) {
      const all = r.protocol === '-1' || r.protocol === 'all' || (r.from !== undefined && r.to !== undefined && r.from <= 1 && r.to >= 65535);
      if (!all) continue;
      const open = r.cidrs.find((c) => isOpenCidr(c.value));
      if (open) emit(r, headSpan(open.node), `${r.resource} allows all ports from ${open.value}.`);
    }
  },
};
