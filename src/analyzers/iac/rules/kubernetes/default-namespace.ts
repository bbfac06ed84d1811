import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/default-namespace",
    "title": "Workload in the default namespace",
    "description": "The default namespace has no isolation of its own: policies, quotas and RBAC are usually scoped to named namespaces.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-1220"
    ],
    "equivalents": [
      "checkov:CKV_K8S_21",
      "trivy:KSV110",
      "kics:611ab018-c4aa-4ba2-b0f6-a448337509a6"
    ],
    "remediation": "Give every object an explicit `metadata.namespace` other than `default`."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const clusterScoped = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'CustomResourceDefinition', 'Node', 'PriorityClass', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'PodSecurityPolicy', 'APIService', 'IngressClass', 'RuntimeClass']);
    if (clusterScoped.has(obj.kind)) return;
    const ns = get(obj.root, 'metadata', 'namespace');
    if (obj.namespace === undefined || obj.namespace === 'default') emit(obj, headSpan(ns ?? get(obj.root, 'metadata', 'name') ?? get(obj.root, 'metadata') ?? obj.root), `${obj.resource} is in the default namespace.`);
  },
};
