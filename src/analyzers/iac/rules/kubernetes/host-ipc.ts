import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { bool, get, headSpan } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/host-ipc",
    "title": "Pod shares the host IPC namespace",
    "description": "With `hostIPC: true` the pod can read shared memory of every process on the node.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "checkov:CKV_K8S_18",
      "trivy:KSV008",
      "kics:cd290efd-6c82-4e9d-a698-be12ae31d536"
    ],
    "remediation": "Remove `hostIPC: true`."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const v = obj.pod ? get(obj.pod.spec, 'hostIPC') : undefined;
    if (bool(v) === true) emit(obj, headSpan(v!), `Pod ${obj.name} sets hostIPC: true.`);
  },
};
