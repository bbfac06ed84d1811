import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-read-secrets",
    "title": "Role can read Secrets",
    "description": "get/list/watch on secrets reads every credential in scope, including service account tokens of more privileged workloads.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-732"
    ],
    "equivalents": [
      "trivy:KSV041",
      "kics:b7bca5c4-1dab-4c2c-8cbe-3050b9d59b14"
    ],
    "remediation": "Grant access to specific secrets with resourceNames, or mount the secret instead."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return;
    const verbs = new Set(["get", "list", "watch", "*"]);
    const resources = new Set(["secrets", "*"]);
    for (const r of items(get(obj.root, 'rules'))) {
      const rs = items(get(r, 'resources')).map((x) => str(x) ?? '');
      if (!rs.some((x) => resources.has(x))) continue;
      for (const v of items(get(r, 'verbs'))) if (verbs.has(str(v) ?? '')) {
        emit(obj, headSpan(v), `${obj.resource} allows reading secrets.`, `${obj.resource}|${v.span.sl}`);
        break;
      }
    }
  },
};
