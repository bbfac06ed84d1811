import type { KubernetesRule } from '../../rule.js';
import { podHead, type K8sObject } from '../../platforms/kubernetes.js';
import { bool, get, headSpan } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/automount-service-account-token",
    "title": "Service account token is mounted automatically",
    "description": "Every pod gets an API token by default; a compromised container can use it against the Kubernetes API.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-522"
    ],
    "equivalents": [
      "checkov:CKV_K8S_38",
      "kics:48471392-d4d0-47c0-b135-cdec95eb3eef"
    ],
    "remediation": "Set `automountServiceAccountToken: false` on the pod (or service account) unless it calls the API."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (!obj.pod) return;
    const v = get(obj.pod.spec, 'automountServiceAccountToken');
    if (bool(v) !== false) emit(obj, v ? headSpan(v) : podHead(obj), `Pod ${obj.name} mounts its service account token automatically.`);
  },
};
