import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/cluster-admin-binding",
    "title": "Subject bound to cluster-admin",
    "description": "cluster-admin is full control of the cluster; binding it to a workload service account or a broad group makes any compromise total.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "trivy:KSV111",
      "kics:249328b8-5f0f-409f-b1dd-029f07882e11"
    ],
    "remediation": "Bind a narrowly scoped Role instead of cluster-admin."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'ClusterRoleBinding' && obj.kind !== 'RoleBinding') return;
    const ref = get(obj.root, 'roleRef', 'name');
    if (str(ref) === 'cluster-admin') emit(obj, headSpan(ref!), `${obj.resource} binds cluster-admin.`);
  },
};
