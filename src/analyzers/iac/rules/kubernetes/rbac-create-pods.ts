import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-create-pods",
    "title": "Role can create pods",
    "description": "Creating pods (or workloads) lets the subject run any image with any mountable service account and secret in the namespace.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "trivy:KSV048",
      "kics:592ad21d-ad9b-46c6-8d2d-fad09d62a942"
    ],
    "remediation": "Limit pod creation to controllers and CI identities that need it."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return;
    const verbs = new Set(["create", "*"]);
    const resources = new Set(["pods", "deployments", "daemonsets", "statefulsets", "replicasets", "jobs", "cronjobs"]);
    for (const r of items(get(obj.root, 'rules'))) {
      const rs = items(get(r, 'resources')).map((x) => str(x) ?? '');
      if (!rs.some((x) => resources.has(x))) continue;
      for (const v of items(get(r, 'verbs'))) if (verbs.has(str(v) ?? '')) {
        emit(obj, headSpan(v), `${obj.resource} allows creating pods.`, `${obj.resource}|${v.span.sl}`);
        break;
      }
    }
  },
};
