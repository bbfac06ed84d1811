import type { KubernetesRule } from '../../rule.js';
import { containerHead, type K8sObject } from '../../platforms/kubernetes.js';
import { get } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/readiness-probe",
    "title": "Container has no readiness probe",
    "description": "Without a readinessProbe Kubernetes cannot tell a hung or unready container from a healthy one, so failures reach users instead of being restarted or taken out of rotation.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "checkov:CKV_K8S_9",
      "kics:a659f3b5-9bf0-438a-bd9a-7d3a6427f1e3"
    ],
    "remediation": "Add a `readinessProbe` (httpGet, tcpSocket, exec or grpc) to long-running containers."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind === 'Job' || obj.kind === 'CronJob') return;
    for (const c of obj.containers) {
      if (c.type !== 'containers' || get(c.node, 'readinessProbe')) continue;
      emit(obj, containerHead(c), `Container ${c.name} has no readinessProbe.`);
    }
  },
};
