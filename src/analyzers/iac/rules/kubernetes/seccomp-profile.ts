import type { KubernetesRule } from '../../rule.js';
import { containerHead, effective, locate, type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/seccomp-profile",
    "title": "Container runs without a seccomp profile",
    "description": "Without a seccomp profile (`RuntimeDefault` or `Localhost`) every syscall is reachable, including rarely used ones with kernel bugs; `Unconfined` disables the filter.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "checkov:CKV_K8S_31",
      "trivy:KSV030",
      "kics:f377b83e-bd07-4f48-a591-60c82b14a78b"
    ],
    "remediation": "Set `securityContext.seccompProfile.type: RuntimeDefault` at pod level."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const annotations = get(obj.pod?.metadata, 'annotations');
    for (const c of obj.containers) {
      const type = str(get(effective(obj, c, 'seccompProfile'), 'type'));
      if (type === 'RuntimeDefault' || type === 'Localhost') continue;
      const own = get(c.node, 'securityContext', 'seccompProfile');
      const pod = obj.pod ? get(obj.pod.spec, 'securityContext', 'seccompProfile') : undefined;
      const at = own ?? pod;
      if (!at) {
        // Manifests written before seccompProfile (Kubernetes < 1.19) set the profile by annotation.
        const legacy = get(annotations, `container.seccomp.security.alpha.kubernetes.io/${c.name}`) ?? get(annotations, 'seccomp.security.alpha.kubernetes.io/pod');
        const value = str(legacy);
        if (legacy) {
          if (value === 'runtime/default' || value === 'docker/default' || value?.startsWith('localhost/')) continue;
          emit(obj, headSpan(legacy), `Container ${c.name} has seccomp profile ${value ?? '(empty)'} from its annotation.`);
          continue;
        }
        const psp = get(annotations, 'seccomp.security.alpha.kubernetes.io/defaultProfileName');
        if (psp) {
          emit(obj, headSpan(psp), `Container ${c.name} has no seccomp profile: defaultProfileName is a PodSecurityPolicy annotation and sets nothing on a pod.`);
          continue;
        }
      }
      const typeNode = get(at, 'type');
      emit(obj, typeNode ? headSpan(typeNode) : at ? headSpan(at) : locate(c.node, containerHead(c), 'securityContext').span, `Container ${c.name} has ${type ? `seccomp profile ${type}` : 'no seccomp profile'}.`);
    }
  },
};
