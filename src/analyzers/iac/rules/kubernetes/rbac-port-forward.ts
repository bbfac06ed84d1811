import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-port-forward",
    "title": "Role can port-forward to pods",
    "description": "pods/portforward opens a tunnel to any pod port in scope, bypassing NetworkPolicy.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "kics:38fa11ef-dbcc-4da8-9680-7e1fd855b6fb"
    ],
    "remediation": "Remove pods/portforward from roles."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return;
    const verbs = new Set(["create", "*"]);
    const resources = new Set(["pods/portforward"]);
    for (const r of items(get(obj.root, 'rules'))) {
      const rs = items(get(r, 'resources')).map((x) => str(x) ?? '');
      if (!rs.some((x) => resources.has(x))) continue;
      for (const v of items(get(r, 'verbs'))) if (verbs.has(str(v) ?? '')) {
        emit(obj, headSpan(v), `${obj.resource} allows port-forwarding.`, `${obj.resource}|${v.span.sl}`);
        break;
      }
    }
  },
};
