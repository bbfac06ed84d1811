import type { KubernetesRule } from '../../rule.js';
import { containerHead, locate, type K8sObject } from '../../platforms/kubernetes.js';
import { items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/drop-all-capabilities",
    "title": "Container does not drop all capabilities",
    "description": "Containers start with a default capability set (CHOWN, SETUID, NET_RAW\u2026); the restricted Pod Security Standard requires dropping ALL.",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "trivy:KSV003",
      "kics:268ca686-7fb7-4ae9-b129-955a2a89064e",
      "checkov:CKV_K8S_37"
    ],
    "remediation": "Set `securityContext.capabilities.drop: [\"ALL\"]` and add back only what is needed."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      const at = locate(c.node, containerHead(c), 'securityContext', 'capabilities', 'drop');
      const dropped = items(at.node).some((d) => (str(d) ?? '').toUpperCase() === 'ALL');
      if (!dropped) emit(obj, at.span, `Container ${c.name} does not drop ALL capabilities.`);
    }
  },
};
