import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/tiller-deployed",
    "title": "Helm v2 Tiller is deployed",
    "description": "Tiller (Helm v2) runs with cluster-admin and an unauthenticated gRPC port by default: anyone who reaches it controls the cluster.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "kics:6d173be7-545a-46c6-a81d-2ae52ed1605d",
      "trivy:KSV102",
      "checkov:CKV_K8S_34"
    ],
    "remediation": "Remove Tiller and migrate to Helm 3, which has no in-cluster component."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      const v = get(c.node, 'image');
      if (/(?:^|\/)tiller\b/.test(str(v) ?? '')) emit(obj, headSpan(v!), `${obj.resource} runs Tiller (${str(v)}).`);
    }
  },
};
