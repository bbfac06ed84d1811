import type { KubernetesRule } from '../../rule.js';
import { resourceSetting, type K8sObject } from '../../platforms/kubernetes.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/cpu-limit",
    "title": "Container has no CPU limit",
    "description": "Without `resources.limits.cpu` one container can starve its neighbours on the node (a noisy or compromised pod becomes a denial of service).",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-770"
    ],
    "equivalents": [
      "checkov:CKV_K8S_11",
      "trivy:KSV011",
      "kics:4ac0e2b7-d2d2-4af7-8799-e8de6721ccda"
    ],
    "remediation": "Set `resources.limits.cpu` on every container."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      if (c.type === 'ephemeralContainers') continue;
      const at = resourceSetting(c, 'limits', 'cpu');
      if (!at.node) emit(obj, at.span, `Container ${c.name} sets no cpu limit.`);
    }
  },
};
