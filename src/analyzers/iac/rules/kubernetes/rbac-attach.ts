import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-attach",
    "title": "Role can attach to pods",
    "description": "pods/attach connects to a running container\u2019s process, with its privileges and data.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "kics:d45330fd-f58d-45fb-a682-6481477a0f84"
    ],
    "remediation": "Remove pods/attach from roles."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return;
    const verbs = new Set(["create", "*"]);
    const resources = new Set(["pods/attach"]);
    for (const r of items(get(obj.root, 'rules'))) {
      const rs = items(get(r, 'resources')).map((x) => str(x) ?? '');
      if (!rs.some((x) => resources.has(x))) continue;
      for (const v of items(get(r, 'verbs'))) if (verbs.has(str(v) ?? '')) {
        emit(obj, headSpan(v), `${obj.resource} allows attaching to pods.`, `${obj.resource}|${v.span.sl}`);
        break;
      }
    }
  },
};
