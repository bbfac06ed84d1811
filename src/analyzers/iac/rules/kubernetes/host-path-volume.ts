import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/host-path-volume",
    "title": "Pod mounts a hostPath volume",
    "description": "A hostPath volume exposes the node filesystem to the container; write access to paths like /var/run/docker.sock or /etc is a node takeover.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "trivy:KSV023"
    ],
    "remediation": "Use emptyDir, a PersistentVolumeClaim, a ConfigMap or a CSI volume instead."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const v of items(obj.pod ? get(obj.pod.spec, 'volumes') : undefined)) {
      const hp = get(v, 'hostPath');
      if (hp) emit(obj, headSpan(get(hp, 'path') ?? hp), `Pod ${obj.name} mounts hostPath ${str(get(hp, 'path')) ?? ''}.`);
    }
  },
};
