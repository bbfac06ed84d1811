import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { bool, get, headSpan } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/windows-host-process",
    "title": "Pod runs Windows HostProcess containers",
    "description": "A Windows HostProcess container runs directly on the host with host networking and filesystem access: the Windows equivalent of privileged.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "trivy:KSV103"
    ],
    "remediation": "Remove `windowsOptions.hostProcess: true`."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const check = (v: ReturnType<typeof get>) => {
      if (bool(v) === true) emit(obj, headSpan(v!), `${obj.resource} runs a HostProcess container.`);
    };
    if (obj.pod) check(get(obj.pod.spec, 'securityContext', 'windowsOptions', 'hostProcess'));
    for (const c of obj.containers) check(get(c.node, 'securityContext', 'windowsOptions', 'hostProcess'));
  },
};
