import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { grants, policyRules, ruleFieldHead, type Access } from '../../platforms/rbac.js';

const ACCESS: readonly Access[] = [{ group: '', resource: 'pods/attach', verbs: ['create'] }];

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
    for (const r of policyRules(obj)) {
      if (!ACCESS.some((a) => grants(r, a))) continue;
      const span = ruleFieldHead(r, 'resources');
      emit(obj, span, `${obj.resource} allows attaching to pods.`, `${obj.resource}|${span.sl}`);
    }
  },
};
