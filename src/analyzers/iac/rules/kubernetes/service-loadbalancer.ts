import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

/** Cloud annotations that make the provisioned balancer private (documented by each provider). */
const INTERNAL: readonly (readonly [string, (v: string) => boolean])[] = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', (v) => v === 'true' || v === '0.0.0.0/0'],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', (v) => v === 'internal'],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', (v) => v === 'true'],
  ['networking.gke.io/load-balancer-type', (v) => v === 'internal'],
  ['cloud.google.com/load-balancer-type', (v) => v === 'internal'],
  ['service.beta.kubernetes.io/oci-load-balancer-internal', (v) => v === 'true'],
  ['service.beta.kubernetes.io/openstack-internal-load-balancer', (v) => v === 'true'],
  ['service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type', (v) => v === 'private'],
  ['service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type', (v) => v === 'intranet'],
];

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
    "equivalents": [
      "kics:26763a1c-5dda-4772-b507-5fca7fb5f165"
    ],
    "remediation": "Use ClusterIP behind an Ingress or gateway; if external exposure is intended, restrict `loadBalancerSourceRanges` and document it."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Service') return;
    const t = get(obj.root, 'spec', 'type');
    if (str(t) !== 'LoadBalancer') return;
    const annotations = get(obj.root, 'metadata', 'annotations');
    for (const [key, internal] of INTERNAL) {
      const v = str(get(annotations, key))?.trim().toLowerCase();
      if (v !== undefined && internal(v)) return;
    }
    // Source ranges that exclude the internet restrict who can reach the balancer.
    const ranges = items(get(obj.root, 'spec', 'loadBalancerSourceRanges')).map((r) => str(r)?.trim() ?? '');
    if (ranges.length && ranges.every((r) => r && !r.endsWith('/0'))) return;
    emit(obj, headSpan(t!), `Service ${obj.name} is of type LoadBalancer.`);
  },
};
