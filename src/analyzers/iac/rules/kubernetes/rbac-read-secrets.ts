import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { grants, policyRules, ruleFieldHead, type Access } from '../../platforms/rbac.js';

const ACCESS: readonly Access[] = [{ group: '', resource: 'secrets', verbs: ['get', 'list', 'watch'] }];

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
    for (const r of policyRules(obj)) {
      if (!ACCESS.some((a) => grants(r, a))) continue;
      const span = ruleFieldHead(r, 'verbs');
      emit(obj, span, `${obj.resource} allows reading secrets.`, `${obj.resource}|${span.sl}`);
    }
  },
};
