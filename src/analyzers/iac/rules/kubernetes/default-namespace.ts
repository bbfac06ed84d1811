import type { KubernetesRule } from '../../rule.js';
import { WORKLOAD_KINDS, type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/default-namespace",
    "title": "Workload in the default or a system namespace",
    "description": "The default namespace has no isolation of its own: policies, quotas and RBAC are usually scoped to named namespaces. Applications in kube-system or kube-public sit beside the control plane and its privileged service accounts.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-1220"
    ],
    "equivalents": [
      "checkov:CKV_K8S_21",
      "trivy:KSV110",
      "kics:611ab018-c4aa-4ba2-b0f6-a448337509a6",
      "trivy:KSV037"
    ],
    "remediation": "Give every object an explicit `metadata.namespace` other than `default`, and keep applications out of kube-system and kube-public."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (CLUSTER_SCOPED.has(obj.kind)) return;
    const ns = get(obj.root, 'metadata', 'namespace');
    if (obj.namespace === undefined || obj.namespace === 'default') {
      emit(obj, headSpan(ns ?? get(obj.root, 'metadata', 'name') ?? get(obj.root, 'metadata') ?? obj.root), `${obj.resource} is in the default namespace.`);
      return;
    }
    // Workloads placed in the system namespaces (NSA/CISA hardening guidance, Trivy KSV037): a pod in
    // kube-system can mount the controllers' service-account tokens and sits beside the control plane.
    // Only pod-bearing kinds: add-ons legitimately put RoleBindings and ConfigMaps there (the
    // extension-apiserver-authentication reader binding must live in kube-system).
    if ((obj.namespace === 'kube-system' || obj.namespace === 'kube-public') && (obj.pod || WORKLOAD_KINDS.has(obj.kind)) && !isClusterComponent(obj)) {
      emit(obj, headSpan(ns!), `${obj.resource} is a workload in the system namespace ${obj.namespace}; deploy applications to their own namespace.`, undefined, { confidence: 'low' });
    }
  },
};

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'CustomResourceDefinition', 'Node', 'PriorityClass', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'PodSecurityPolicy', 'APIService', 'IngressClass', 'RuntimeClass']);

/** Control-plane and add-on manifests that belong in kube-system, by the labels kubeadm and the addon manager put on them. */
function isClusterComponent(obj: K8sObject): boolean {
  const labels = [get(obj.root, 'metadata', 'labels'), get(obj.pod?.metadata, 'labels')];
  return labels.some((l) => str(get(l, 'tier')) === 'control-plane' || get(l, 'k8s-app') !== undefined || get(l, 'addonmanager.kubernetes.io/mode') !== undefined);
}
