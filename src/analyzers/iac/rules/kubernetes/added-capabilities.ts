import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/added-capabilities",
    "title": "Container adds Linux capabilities",
    "description": "Added capabilities (SYS_ADMIN, NET_ADMIN, NET_RAW\u2026) widen what a compromised process can do to the kernel and the network; the restricted Pod Security Standard allows only NET_BIND_SERVICE.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "checkov:CKV_K8S_25",
      "trivy:KSV022",
      "kics:19ebaa28-fc86-4a58-bcfa-015c9e22fe40",
      "trivy:KSV005",
      "kics:235236ee-ad78-4065-bd29-61b061f28ce0",
      "checkov:CKV_K8S_39"
    ],
    "remediation": "Remove `capabilities.add` entries other than NET_BIND_SERVICE."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const safe = new Set(['NET_BIND_SERVICE']);
    for (const c of obj.containers) {
      for (const cap of items(get(c.node, 'securityContext', 'capabilities', 'add'))) {
        const name = (str(cap) ?? '').toUpperCase().replace(/^CAP_/, '');
        if (name && !safe.has(name)) emit(obj, headSpan(cap), `Container ${c.name} adds capability ${name}.`);
      }
    }
  },
};
