import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/proc-mount",
    "title": "Container uses an unmasked /proc",
    "description": "`procMount: Unmasked` exposes the host /proc paths the runtime normally masks, leaking kernel and host information.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "trivy:KSV027",
      "kics:f922827f-aab6-447c-832a-e1ff63312bd3"
    ],
    "remediation": "Remove `procMount` or set it to `Default`."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind === 'PodSecurityPolicy') {
      // A (pre-1.25) PodSecurityPolicy allowing Unmasked admits every pod that asks for it.
      const allowed = get(obj.root, 'spec', 'allowedProcMountTypes');
      if (items(allowed).some((t) => str(t) === 'Unmasked')) emit(obj, headSpan(allowed!), `PodSecurityPolicy ${obj.name} allows procMount Unmasked.`);
      return;
    }
    for (const c of obj.containers) {
      const v = get(c.node, 'securityContext', 'procMount');
      if (str(v) && str(v) !== 'Default') emit(obj, headSpan(v!), `Container ${c.name} sets procMount ${str(v)}.`);
    }
  },
};
