import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/unsafe-sysctls",
    "title": "Pod sets unsafe sysctls",
    "description": "Sysctls outside the safe set change kernel parameters for the whole node, not just the pod.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "trivy:KSV026",
      "kics:9127f0d9-2310-42e7-866f-5fd9d20dcbad"
    ],
    "remediation": "Use only the safe namespaced sysctls (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.ip_local_reserved_ports, net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes)."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const safe = new Set(['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']);
    if (obj.kind === 'PodSecurityPolicy') {
      // A (pre-1.25) PodSecurityPolicy that whitelists unsafe sysctls lets every pod it admits set them.
      const allowed = get(obj.root, 'spec', 'allowedUnsafeSysctls');
      if (items(allowed).some((x) => str(x))) emit(obj, headSpan(allowed!), `PodSecurityPolicy ${obj.name} allows unsafe sysctls.`);
      return;
    }
    for (const s of items(obj.pod ? get(obj.pod.spec, 'securityContext', 'sysctls') : undefined)) {
      const n = get(s, 'name');
      const name = str(n);
      // The kubelet accepts `/` as the separator too (net/ipv4/tcp_syncookies).
      if (name && !safe.has(name.replaceAll('/', '.'))) emit(obj, headSpan(n!), `Pod ${obj.name} sets unsafe sysctl ${name}.`);
    }
  },
};
