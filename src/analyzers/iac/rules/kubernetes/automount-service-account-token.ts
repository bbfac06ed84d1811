import type { KubernetesRule } from '../../rule.js';
import { podHead, type K8sObject, type K8sProject } from '../../platforms/kubernetes.js';
import { bool, get, headSpan, str } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/automount-service-account-token",
    "title": "Service account token is mounted automatically",
    "description": "Every pod gets an API token by default; a compromised container can use it against the Kubernetes API.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-522"
    ],
    "equivalents": [
      "checkov:CKV_K8S_38",
      "kics:48471392-d4d0-47c0-b135-cdec95eb3eef"
    ],
    "remediation": "Set `automountServiceAccountToken: false` on the pod (or service account) unless it calls the API."
  } as KubernetesRule['meta'],
  checkProject(project: K8sProject, emit) {
    // A pod that leaves the field unset inherits its service account's setting (true when unset there too).
    const accounts = new Map<string, K8sObject>();
    for (const o of project.objects) if (o.kind === 'ServiceAccount') accounts.set(`${o.namespace ?? 'default'}/${o.name}`, o);
    const reported = new Set<K8sObject>();
    for (const obj of project.objects) {
      if (!obj.pod) continue;
      const v = get(obj.pod.spec, 'automountServiceAccountToken');
      if (v && bool(v) === false) continue;
      if (v) {
        emit(obj, headSpan(v), `Pod ${obj.name} mounts its service account token automatically.`);
        continue;
      }
      const name = str(get(obj.pod.spec, 'serviceAccountName')) ?? str(get(obj.pod.spec, 'serviceAccount')) ?? 'default';
      const account = accounts.get(`${obj.namespace ?? 'default'}/${name}`);
      const own = get(account?.root, 'automountServiceAccountToken');
      if (own && bool(own) === false) continue;
      if (account && own && bool(own) === true) {
        // The setting to change is the account's; one finding there covers every pod using it.
        if (!reported.has(account)) emit(account, headSpan(own), `ServiceAccount ${account.name} mounts its token into pods (${obj.resource} and any other pod using it).`);
        reported.add(account);
        continue;
      }
      emit(obj, podHead(obj), `Pod ${obj.name} mounts its service account token automatically.`);
    }
  },
};
