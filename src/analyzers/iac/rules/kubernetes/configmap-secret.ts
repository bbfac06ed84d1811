import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/configmap-secret",
    "title": "Secret value stored in a ConfigMap",
    "description": "ConfigMaps are not treated as secret: they are readable by more roles, shown in plain text by tooling and never encrypted at rest.",
    "severity": "high",
    "confidence": "medium",
    "cwe": [
      "CWE-312"
    ],
    "equivalents": [],
    "remediation": "Move the value to a Secret (or an external secret store) and reference it."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'ConfigMap') return;
    const secretName = /(?:^|[_.-])(?:password|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credentials?)(?:$|[_.-])/i;
    for (const [k, v] of get(obj.root, 'data')?.entries ?? []) {
      const value = str(v) ?? '';
      if (secretName.test(k) && value.length >= 4 && !value.startsWith('$') && !value.includes('{{')) emit(obj, headSpan(v), `ConfigMap ${obj.name} stores ${k} in plain text.`, `${obj.resource}|${k}`);
    }
  },
};
