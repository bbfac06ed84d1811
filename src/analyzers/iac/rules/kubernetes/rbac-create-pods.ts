import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { grants, policyRules, ruleFieldHead, type Access } from '../../platforms/rbac.js';

const ACCESS: readonly Access[] = [
  { group: '', resource: 'pods', verbs: ['create'] },
  ...['deployments', 'daemonsets', 'statefulsets', 'replicasets'].flatMap((resource) => ['apps', 'extensions'].map((group) => ({ group, resource, verbs: ['create'] }))),
  ...['jobs', 'cronjobs'].map((resource) => ({ group: 'batch', resource, verbs: ['create'] })),
];

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/rbac-create-pods",
    "title": "Role can create pods",
    "description": "Creating pods (or workloads) lets the subject run any image with any mountable service account and secret in the namespace.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-269"
    ],
    "equivalents": [
      "trivy:KSV048",
      "kics:592ad21d-ad9b-46c6-8d2d-fad09d62a942"
    ],
    "remediation": "Limit pod creation to controllers and CI identities that need it."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const r of policyRules(obj)) {
      if (!ACCESS.some((a) => grants(r, a))) continue;
      const span = ruleFieldHead(r, 'verbs');
      emit(obj, span, `${obj.resource} allows creating pods.`, `${obj.resource}|${span.sl}`);
    }
  },
};
