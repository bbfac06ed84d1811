import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { bool, get, headSpan } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/host-network",
    "title": "Pod shares the host network namespace",
    "description": "With `hostNetwork: true` the pod sees every interface on the node and can bind host ports or sniff traffic.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "checkov:CKV_K8S_19",
      "trivy:KSV009",
      "kics:6b6bdfb3-c3ae-44cb-88e4-7405c1ba2c8a"
    ],
    "remediation": "Remove `hostNetwork: true`."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const v = obj.pod ? get(obj.pod.spec, 'hostNetwork') : undefined;
    if (bool(v) === true) emit(obj, headSpan(v!), `Pod ${obj.name} sets hostNetwork: true.`);
  },
};
