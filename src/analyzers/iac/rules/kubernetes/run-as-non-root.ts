import type { KubernetesRule } from '../../rule.js';
import { containerHead, effective, locate, type K8sObject } from '../../platforms/kubernetes.js';
import { bool, get, headSpan, num } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/run-as-non-root",
    "title": "Container may run as root",
    "description": "Unless `runAsNonRoot: true` (or a non-zero `runAsUser`) is set at pod or container level, the image decides, and most images run as root.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "checkov:CKV_K8S_23",
      "trivy:KSV012",
      "kics:cf34805e-3872-4c08-bf92-6ff7bb0cfadb"
    ],
    "remediation": "Set `runAsNonRoot: true` and a non-zero `runAsUser` in the pod securityContext."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      const nonRoot = bool(effective(obj, c, 'runAsNonRoot'));
      const uid = num(effective(obj, c, 'runAsUser'));
      if (nonRoot === true || (uid !== undefined && uid > 0)) continue;
      // Point at what makes it root: an explicit UID 0, else the runAsNonRoot setting, else where it belongs.
      const uid0 = get(c.node, 'securityContext', 'runAsUser');
      const own = num(uid0) === 0 ? uid0 : get(c.node, 'securityContext', 'runAsNonRoot');
      emit(obj, own ? headSpan(own) : locate(c.node, containerHead(c), 'securityContext').span, `Container ${c.name} can run as root: runAsNonRoot is not true.`);
    }
  },
};
