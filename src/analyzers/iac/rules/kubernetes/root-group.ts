import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, num } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/root-group",
    "title": "Container runs with GID 0",
    "description": "`runAsGroup: 0` or `fsGroup: 0` gives the process the root group, which owns many files and devices on the host and in images.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "trivy:KSV029"
    ],
    "remediation": "Use a non-zero group id."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const check = (v: ReturnType<typeof get>, what: string) => {
      for (const x of items(v)) if (num(x) === 0) emit(obj, headSpan(x), `${obj.resource} sets ${what} to 0 (root group).`, `${obj.resource}|${what}|${x.span.sl}`);
    };
    if (obj.pod) for (const f of ['runAsGroup', 'fsGroup', 'supplementalGroups']) check(get(obj.pod.spec, 'securityContext', f), f);
    for (const c of obj.containers) check(get(c.node, 'securityContext', 'runAsGroup'), 'runAsGroup');
  },
};
