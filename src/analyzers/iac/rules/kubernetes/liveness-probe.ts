import type { KubernetesRule } from '../../rule.js';
import { containerHead, type K8sObject } from '../../platforms/kubernetes.js';
import { get } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/liveness-probe",
    "title": "Container has no liveness probe",
    "description": "Without a livenessProbe Kubernetes cannot tell a hung or unready container from a healthy one, so failures reach users instead of being restarted or taken out of rotation.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "checkov:CKV_K8S_8",
      "kics:ade74944-a674-4e00-859e-c6eab5bde441"
    ],
    "remediation": "Add a `livenessProbe` (httpGet, tcpSocket, exec or grpc) to long-running containers."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind === 'Job' || obj.kind === 'CronJob') return;
    for (const c of obj.containers) {
      if (c.type !== 'containers' || get(c.node, 'livenessProbe')) continue;
      emit(obj, containerHead(c), `Container ${c.name} has no livenessProbe.`);
    }
  },
};
