import type { KubernetesRule } from '../../rule.js';
import { resourceSetting, type K8sObject } from '../../platforms/kubernetes.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/memory-request",
    "title": "Container has no memory request",
    "description": "Without `resources.requests.memory` one container can starve its neighbours on the node (a noisy or compromised pod becomes a denial of service).",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-770"
    ],
    "equivalents": [
      "checkov:CKV_K8S_12",
      "trivy:KSV016",
      "kics:229588ef-8fde-40c8-8756-f4f2b5825ded"
    ],
    "remediation": "Set `resources.requests.memory` on every container."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      if (c.type === 'ephemeralContainers') continue;
      const at = resourceSetting(c, 'requests', 'memory');
      if (!at.node) emit(obj, at.span, `Container ${c.name} sets no memory request.`);
    }
  },
};
