import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, num } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/host-port",
    "title": "Container binds a host port",
    "description": "A hostPort binds the container directly on the node network, bypassing Services and NetworkPolicy, and pins scheduling.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "checkov:CKV_K8S_26",
      "trivy:KSV024"
    ],
    "remediation": "Remove `hostPort`; expose the port through a Service."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      for (const p of items(get(c.node, 'ports'))) {
        const hp = get(p, 'hostPort');
        if ((num(hp) ?? 0) > 0) emit(obj, headSpan(hp!), `Container ${c.name} binds host port ${num(hp)}.`);
      }
    }
  },
};
