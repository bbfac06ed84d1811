import type { KubernetesRule } from '../../rule.js';
import { containerHead, locate, type K8sObject } from '../../platforms/kubernetes.js';
import { bool } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/read-only-root-filesystem",
    "title": "Container root filesystem is writable",
    "description": "A writable root filesystem lets an attacker drop tools and persist changes inside the container.",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-732"
    ],
    "equivalents": [
      "checkov:CKV_K8S_22",
      "trivy:KSV014",
      "kics:a9c2f49d-0671-4fc9-9ece-f4e261e128d0"
    ],
    "remediation": "Set `securityContext.readOnlyRootFilesystem: true` and mount emptyDir volumes where the app must write."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      const at = locate(c.node, containerHead(c), 'securityContext', 'readOnlyRootFilesystem');
      if (bool(at.node) !== true) emit(obj, at.span, `Container ${c.name} does not set readOnlyRootFilesystem: true.`);
    }
  },
};
