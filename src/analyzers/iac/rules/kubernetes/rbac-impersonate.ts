import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-impersonate",
    "title": "Role can impersonate users, groups or service accounts",
    "description": "`impersonate` lets the subject act as any user or group in scope, including cluster admins.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "trivy:KSV043",
      "kics:9f85c3f6-26fd-4007-938a-2e0cb0100980"
    ],
    "remediation": "Remove impersonate from roles."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return;
    const verbs = new Set(["impersonate", "*"]);
    const resources = new Set(["users", "groups", "serviceaccounts", "userextras/scopes", "*"]);
    for (const r of items(get(obj.root, 'rules'))) {
      // Users, groups and service accounts are in the core group, user extras in authentication.k8s.io:
      // `*` on another group's resources does not grant impersonation.
      if (get(r, 'apiGroups') && !items(get(r, 'apiGroups')).some((g) => str(g) === '*' || str(g) === '' || str(g) === 'authentication.k8s.io')) continue;
      const rs = items(get(r, 'resources')).map((x) => str(x) ?? '');
      if (!rs.some((x) => resources.has(x))) continue;
      for (const v of items(get(r, 'verbs'))) if (verbs.has(str(v) ?? '')) {
        emit(obj, headSpan(v), `${obj.resource} allows impersonation.`, `${obj.resource}|${v.span.sl}`);
        break;
      }
    }
  },
};
