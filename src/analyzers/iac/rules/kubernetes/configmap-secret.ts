import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';
import { placeholderReason, referenceReason } from '../../../shared/placeholders.js';

/** `NAME=value`, `export NAME=value`, `name: value` or `name = value` on one line of an embedded file. */
const ENTRY = /^\s{0,40}(?:export\s{1,5})?([A-Za-z_][\w.-]{0,100})\s{0,5}[=:]\s{0,5}(\S.{0,300})$/;

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
    "equivalents": [
      "trivy:KSV109"
    ],
    "remediation": "Move the value to a Secret (or an external secret store) and reference it."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'ConfigMap') return;
    const secretName = /(?:^|[_.-])(?:password|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credentials?)(?:$|[_.-])/i;
    for (const [k, v] of get(obj.root, 'data')?.entries ?? []) {
      const value = str(v) ?? '';
      if (secretName.test(k) && value.length >= 4 && !value.startsWith('$') && !value.includes('{{')) {
        emit(obj, headSpan(v), `ConfigMap ${obj.name} stores ${k} in plain text.`, `${obj.resource}|${k}`);
        continue;
      }
      // A config file or env file stored as one value: `REDIS_PASSWORD=…` / `password: …` lines inside it.
      if (!value.includes('\n') && !value.includes('=') && !value.includes(':')) continue;
      for (const line of value.split('\n', 500)) {
        const m = ENTRY.exec(line.length > 1000 ? '' : line);
        if (!m || !secretName.test(m[1]!)) continue;
        const secret = m[2]!.trim().replace(/^["']|["']$/g, '');
        if (secret.length < 4 || referenceReason(secret) || placeholderReason(secret)) continue;
        emit(obj, headSpan(v), `ConfigMap ${obj.name} stores ${m[1]} in plain text inside ${k}.`, `${obj.resource}|${k}|${m[1]}`);
        break;
      }
    }
  },
};
