import type { KubernetesRule } from '../../rule.js';
import { resourceSetting, type K8sObject } from '../../platforms/kubernetes.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/memory-limit",
    "title": "Container has no memory limit",
    "description": "Without `resources.limits.memory` one container can starve its neighbours on the node (a noisy or compromised pod becomes a denial of service).",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-770"
    ],
    "equivalents": [
      "checkov:CKV_K8S_13",
      "trivy:KSV018",
      "kics:b14d1bc4-a208-45db-92f0-e21f8e2588e9"
    ],
    "remediation": "Set `resources.limits.memory` on every container."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      if (c.type === 'ephemeralContainers') continue;
      const at = resourceSetting(c, 'limits', 'memory');
      if (!at.node) emit(obj, at.span, `Container ${c.name} sets no memory limit.`);
    }
  },
};
