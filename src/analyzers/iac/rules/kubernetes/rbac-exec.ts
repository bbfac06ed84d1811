import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-exec",
    "title": "Role can exec into pods",
    "description": "`create` on pods/exec runs commands in any pod in scope, with that pod\u2019s service account and secrets.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "trivy:KSV053",
      "kics:c589f42c-7924-4871-aee2-1cede9bc7cbc"
    ],
    "remediation": "Remove pods/exec from workload roles; grant it to humans through just-in-time access."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return;
    const verbs = new Set(["create", "*"]);
    const resources = new Set(["pods/exec", "*"]);
    for (const r of items(get(obj.root, 'rules'))) {
      const rs = items(get(r, 'resources')).map((x) => str(x) ?? '');
      if (!rs.some((x) => resources.has(x))) continue;
      for (const v of items(get(r, 'verbs'))) if (verbs.has(str(v) ?? '')) {
        emit(obj, headSpan(v), `${obj.resource} allows exec into pods.`, `${obj.resource}|${v.span.sl}`);
        break;
      }
    }
  },
};
