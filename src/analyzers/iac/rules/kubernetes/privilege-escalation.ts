import type { KubernetesRule } from '../../rule.js';
import { containerHead, locate, type K8sObject } from '../../platforms/kubernetes.js';
import { bool } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/privilege-escalation",
    "title": "Container allows privilege escalation",
    "description": "Without `allowPrivilegeEscalation: false` a process can gain more privileges than its parent (setuid binaries, file capabilities).",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "checkov:CKV_K8S_20",
      "trivy:KSV001",
      "kics:5572cc5e-1e4c-4113-92a6-7a8a3bd25e6d"
    ],
    "remediation": "Set `securityContext.allowPrivilegeEscalation: false` on every container."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      const at = locate(c.node, containerHead(c), 'securityContext', 'allowPrivilegeEscalation');
      if (bool(at.node) !== false) emit(obj, at.span, `Container ${c.name} does not set allowPrivilegeEscalation: false.`);
    }
  },
};
