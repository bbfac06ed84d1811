import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/env-literal-secret",
    "title": "Secret value written literally in a container env",
    "description": "A password or token in `env[].value` is stored in the manifest, in git, and readable by anyone who can read the workload.",
    "severity": "high",
    "confidence": "medium",
    "cwe": [
      "CWE-798"
    ],
    "equivalents": [],
    "remediation": "Move the value to a Secret (or an external secret store) and use `valueFrom.secretKeyRef`."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    const secretName = /(?:^|_)(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)(?:_|$)/;
    for (const c of obj.containers) {
      for (const e of items(get(c.node, 'env'))) {
        const name = (str(get(e, 'name')) ?? '').toUpperCase();
        const v = get(e, 'value');
        const value = str(v);
        if (!value || !secretName.test(name) || value.startsWith('$(') || value.length < 4) continue;
        emit(obj, headSpan(v!), `Container ${c.name} sets ${name} to a literal value.`);
      }
    }
  },
};
