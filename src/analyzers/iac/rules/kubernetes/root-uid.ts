import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, num } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/root-uid",
    "title": "Container runs with UID 0",
    "description": "`runAsUser: 0` runs the process as root inside the container, whatever the image says.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "trivy:KSV105"
    ],
    "remediation": "Use a UID above 10000 that the image owns files for."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const check = (v: ReturnType<typeof get>, who: string) => {
      if (num(v) === 0) emit(obj, headSpan(v!), `${who} runs as UID 0 (root).`);
    };
    if (obj.pod) check(get(obj.pod.spec, 'securityContext', 'runAsUser'), `Pod ${obj.name}`);
    for (const c of obj.containers) check(get(c.node, 'securityContext', 'runAsUser'), `Container ${c.name}`);
  },
};
