import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/bind-default-service-account",
    "title": "Role bound to the default service account",
    "description": "Every pod that names no service account runs as `default`; granting it a role gives that role to all of them.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "checkov:CKV_K8S_42",
      "kics:1e749bc9-fde8-471c-af0c-8254efd2dee5"
    ],
    "remediation": "Create a dedicated service account for the workload that needs the role and bind that."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'RoleBinding' && obj.kind !== 'ClusterRoleBinding') return;
    for (const s of items(get(obj.root, 'subjects'))) {
      const n = get(s, 'name');
      if (str(get(s, 'kind')) === 'ServiceAccount' && str(n) === 'default') emit(obj, headSpan(n!), `${obj.resource} grants its role to the default service account.`);
    }
  },
};
