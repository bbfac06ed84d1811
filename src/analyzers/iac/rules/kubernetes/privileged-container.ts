import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { bool, get, headSpan } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/privileged-container",
    "title": "Container runs privileged",
    "description": "A privileged container has every capability and full access to host devices: compromising the container compromises the node.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "checkov:CKV_K8S_16",
      "trivy:KSV017",
      "kics:dd29336b-fe57-445b-a26e-e6aa867ae609"
    ],
    "remediation": "Remove `privileged: true`; grant only the specific capability the workload needs."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      const v = get(c.node, 'securityContext', 'privileged');
      if (bool(v) === true) emit(obj, headSpan(v!), `Container ${c.name} runs privileged.`);
    }
  },
};
