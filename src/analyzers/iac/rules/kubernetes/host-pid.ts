import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { bool, get, headSpan } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/host-pid",
    "title": "Pod shares the host PID namespace",
    "description": "With `hostPID: true` the pod sees and can signal every process on the node.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "checkov:CKV_K8S_17",
      "trivy:KSV010",
      "kics:302736f4-b16c-41b8-befe-c0baffa0bd9d"
    ],
    "remediation": "Remove `hostPID: true`."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const v = obj.pod ? get(obj.pod.spec, 'hostPID') : undefined;
    if (bool(v) === true) emit(obj, headSpan(v!), `Pod ${obj.name} sets hostPID: true.`);
  },
};
