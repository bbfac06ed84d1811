import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { grants, policyRules, ruleFieldHead, type Access } from '../../platforms/rbac.js';

const ACCESS: readonly Access[] = [{ group: '', resource: 'pods/portforward', verbs: ['create'] }];

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
    for (const r of policyRules(obj)) {
      if (!ACCESS.some((a) => grants(r, a))) continue;
      const span = ruleFieldHead(r, 'resources');
      emit(obj, span, `${obj.resource} allows port-forwarding.`, `${obj.resource}|${span.sl}`);
    }
  },
};
