import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-wildcard",
    "title": "RBAC rule grants wildcard access",
    "description": "A `*` in verbs, resources or apiGroups grants everything now and everything added later, including secrets and escalation verbs.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-732"
    ],
    "equivalents": [
      "checkov:CKV_K8S_49",
      "trivy:KSV044",
      "kics:6b896afb-ca07-467a-b256-1a0077a1c08e"
    ],
    "remediation": "List the exact apiGroups, resources and verbs the subject needs."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Role' && obj.kind !== 'ClusterRole') return;
    for (const r of items(get(obj.root, 'rules'))) {
      for (const field of ['verbs', 'resources', 'apiGroups']) {
        for (const v of items(get(r, field))) if (str(v) === '*') emit(obj, headSpan(v), `${obj.resource} grants * in ${field}.`, `${obj.resource}|${field}`);
      }
    }
  },
};
