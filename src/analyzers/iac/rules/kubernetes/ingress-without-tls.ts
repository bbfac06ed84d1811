import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan } from '../../model.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/ingress-without-tls",
    "title": "Ingress serves without TLS",
    "description": "An Ingress without a `tls` section serves the application over plain HTTP at the edge.",
    "severity": "medium",
    "confidence": "medium",
    "cwe": [
      "CWE-319"
    ],
    "equivalents": [],
    "remediation": "Add a `tls` section with a certificate (cert-manager can issue one)."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    if (obj.kind !== 'Ingress') return;
    const spec = get(obj.root, 'spec');
    if (!spec || get(spec, 'tls')) return;
    emit(obj, headSpan(spec), `Ingress ${obj.name} has no TLS section.`);
  },
};
