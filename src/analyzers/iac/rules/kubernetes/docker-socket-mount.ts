import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/docker-socket-mount",
    "title": "Pod mounts the container runtime socket",
    "description": "The Docker, containerd or CRI-O socket is full control of the node: start a privileged container, read every other container.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "kics:a6f34658-fdfb-4154-9536-56d516f65828",
      "checkov:CKV_K8S_27",
      "trivy:KSV006"
    ],
    "remediation": "Do not mount runtime sockets; use the Kubernetes API or a purpose-built agent."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const v of items(obj.pod ? get(obj.pod.spec, 'volumes') : undefined)) {
      const p = get(v, 'hostPath', 'path');
      const path = str(p) ?? '';
      if (/(?:docker|containerd|crio|cri-dockerd)\.sock$|^\/var\/run\/docker$|^\/run\/containerd$/.test(path)) emit(obj, headSpan(p!), `Pod ${obj.name} mounts the runtime socket ${path}.`);
    }
  },
};
