import type { KubernetesRule } from '../../rule.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/network-policy-missing",
    "title": "Namespace has workloads but no NetworkPolicy",
    "description": "Without a NetworkPolicy every pod accepts traffic from every other pod in the cluster, so one compromised pod reaches the database.",
    "severity": "medium",
    "confidence": "medium",
    "cwe": [
      "CWE-923"
    ],
    "equivalents": [
      "checkov:CKV2_K8S_6"
    ],
    "remediation": "Add a default-deny NetworkPolicy to each namespace and allow only the flows you need."
  } as KubernetesRule['meta'],
  checkProject(project, emit) {
    const covered = new Set<string>();
    for (const o of project.objects) if (o.kind === 'NetworkPolicy') covered.add(o.namespace ?? 'default');
    const reported = new Set<string>();
    for (const o of project.objects) {
      if (!o.pod) continue;
      const ns = o.namespace ?? 'default';
      if (covered.has(ns) || reported.has(`${o.path}|${ns}`)) continue;
      reported.add(`${o.path}|${ns}`);
      emit(o, o.head, `Namespace ${ns} has workloads (${o.resource}) but no NetworkPolicy in the scanned manifests.`, `netpol|${ns}`);
    }
  },
};
