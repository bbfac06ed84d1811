import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/service-loadbalancer",
    "title": "Service exposed through a LoadBalancer",
    "description": "A `LoadBalancer` Service opens the workload outside the cluster, often to the internet, bypassing the ingress layer where authentication and TLS live.",
    "severity": "medium",
    "confidence": "medium",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [],
    "remediation": "Use ClusterIP behind an Ingress or gateway; if external exposure is intended, restrict `loadBalancerSourceRanges` and document it."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Service') return;
    const t = get(obj.root, 'spec', 'type');
    if (str(t) === 'LoadBalancer') emit(obj, headSpan(t!), `Service ${obj.name} is of type LoadBalancer.`);
  },
};
