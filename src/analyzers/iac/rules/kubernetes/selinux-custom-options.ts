import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/selinux-custom-options",
    "title": "Container sets custom SELinux user or role",
    "description": "The baseline Pod Security Standard forbids setting SELinux `user` or `role`, and allows only the container_t family of types, because they can escape the container label.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "trivy:KSV025"
    ],
    "remediation": "Remove seLinuxOptions user/role and custom types."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const allowed = new Set(['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);
    const check = (opts: ReturnType<typeof get>) => {
      for (const key of ['user', 'role']) {
        const v = get(opts, key);
        if (str(v)) emit(obj, headSpan(v!), `${obj.resource} sets SELinux ${key} ${str(v)}.`, `${obj.resource}|${key}`);
      }
      const t = get(opts, 'type');
      if (str(t) && !allowed.has(str(t)!)) emit(obj, headSpan(t!), `${obj.resource} sets SELinux type ${str(t)}.`, `${obj.resource}|type`);
    };
    if (obj.pod) check(get(obj.pod.spec, 'securityContext', 'seLinuxOptions'));
    for (const c of obj.containers) check(get(c.node, 'securityContext', 'seLinuxOptions'));
  },
};
