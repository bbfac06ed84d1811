import type { KubernetesRule } from '../../rule.js';
import { resourceSetting, type K8sObject } from '../../platforms/kubernetes.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/cpu-request",
    "title": "Container has no CPU request",
    "description": "Without `resources.requests.cpu` one container can starve its neighbours on the node (a noisy or compromised pod becomes a denial of service).",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-770"
    ],
    "equivalents": [
      "checkov:CKV_K8S_10",
      "trivy:KSV015",
      "kics:ca469dd4-c736-448f-8ac1-30a642705e0a"
    ],
    "remediation": "Set `resources.requests.cpu` on every container."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      if (c.type === 'ephemeralContainers') continue;
      const at = resourceSetting(c, 'requests', 'cpu');
      if (!at.node) emit(obj, at.span, `Container ${c.name} sets no cpu request.`);
    }
  },
};
