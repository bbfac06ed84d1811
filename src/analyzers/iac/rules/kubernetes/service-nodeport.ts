import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/service-nodeport",
    "title": "Service exposed through NodePort",
    "description": "A `NodePort` Service opens the workload outside the cluster, often to the internet, bypassing the ingress layer where authentication and TLS live.",
    "severity": "medium",
    "confidence": "medium",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "kics:845acfbe-3e10-4b8e-b656-3b404d36dfb2"
    ],
    "remediation": "Use ClusterIP behind an Ingress or gateway; if external exposure is intended, restrict `loadBalancerSourceRanges` and document it."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Service') return;
    const t = get(obj.root, 'spec', 'type');
    if (str(t) === 'NodePort') emit(obj, headSpan(t!), `Service ${obj.name} is of type NodePort.`);
  },
};
