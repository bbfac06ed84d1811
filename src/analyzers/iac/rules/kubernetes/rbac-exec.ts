import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { grants, policyRules, ruleFieldHead, type Access } from '../../platforms/rbac.js';

const ACCESS: readonly Access[] = [{ group: '', resource: 'pods/exec', verbs: ['create'] }];

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
    for (const r of policyRules(obj)) {
      if (!ACCESS.some((a) => grants(r, a))) continue;
      const span = ruleFieldHead(r, 'resources');
      emit(obj, span, `${obj.resource} allows exec into pods.`, `${obj.resource}|${span.sl}`);
    }
  },
};
