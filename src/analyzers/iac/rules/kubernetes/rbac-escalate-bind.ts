import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-escalate-bind",
    "title": "Role can escalate or bind roles",
    "description": "`escalate` and `bind` on roles let the subject grant itself permissions it does not have.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "trivy:KSV056",
      "kics:8320826e-7a9c-4b0b-9535-578333193432"
    ],
    "remediation": "Remove escalate and bind verbs."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return;
    const verbs = new Set(["escalate", "bind", "*"]);
    const resources = new Set(["roles", "clusterroles", "*"]);
    for (const r of items(get(obj.root, 'rules'))) {
      // Roles are in the rbac.authorization.k8s.io group: `*` on another group's resources never reaches them.
      if (get(r, 'apiGroups') && !items(get(r, 'apiGroups')).some((g) => str(g) === '*' || str(g) === 'rbac.authorization.k8s.io')) continue;
      const rs = items(get(r, 'resources')).map((x) => str(x) ?? '');
      if (!rs.some((x) => resources.has(x))) continue;
      for (const v of items(get(r, 'verbs'))) if (verbs.has(str(v) ?? '')) {
        emit(obj, headSpan(v), `${obj.resource} allows escalate/bind on roles.`, `${obj.resource}|${v.span.sl}`);
        break;
      }
    }
  },
};
