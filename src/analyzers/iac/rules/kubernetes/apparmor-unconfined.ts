import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/apparmor-unconfined",
    "title": "Container runs without AppArmor confinement",
    "description": "An `unconfined` AppArmor profile removes the mandatory access control layer that limits what a compromised process can touch.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "trivy:KSV002"
    ],
    "remediation": "Use `runtime/default` or a localhost profile."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const checkType = (v: ReturnType<typeof get>) => {
      if (str(v) === 'Unconfined') emit(obj, headSpan(v!), `${obj.resource} runs a container with AppArmor unconfined.`);
    };
    if (obj.pod) checkType(get(obj.pod.spec, 'securityContext', 'appArmorProfile', 'type'));
    for (const c of obj.containers) checkType(get(c.node, 'securityContext', 'appArmorProfile', 'type'));
    for (const [k, v] of obj.pod?.metadata?.entries?.get('annotations')?.entries ?? []) {
      if (!k.startsWith('container.apparmor.security.beta.kubernetes.io/')) continue;
      const value = str(v) ?? '';
      // Only these two confine; anything else is `unconfined` or a value the API server rejects.
      if (value === 'runtime/default' || (value.startsWith('localhost/') && value.length > 10)) continue;
      emit(obj, headSpan(v), `${obj.resource} runs ${k.slice(k.indexOf('/') + 1)} with AppArmor ${value === 'unconfined' ? 'unconfined' : `profile "${value}", which is not a confining profile`}.`, `${obj.resource}|${k}`);
    }
  },
};
