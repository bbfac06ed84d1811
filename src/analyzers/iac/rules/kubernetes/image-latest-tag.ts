import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';
import { imageParts, isTemplatedImage } from '../../platforms/container-image.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/image-latest-tag",
    "title": "Container image uses latest or no tag",
    "description": "A `latest` or missing tag changes under you: the next pull runs code nobody reviewed, and rollbacks are impossible.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-1357"
    ],
    "equivalents": [
      "checkov:CKV_K8S_14",
      "trivy:KSV013",
      "kics:583053b7-e632-46f0-b989-f81ff8045385"
    ],
    "remediation": "Pin the image to a version tag, better to a digest (`@sha256:\u2026`)."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      const v = get(c.node, 'image');
      const image = str(v);
      if (!image || isTemplatedImage(image)) continue;
      const { tag, digest } = imageParts(image);
      if (digest !== undefined) continue;
      if (tag === undefined || tag === 'latest') emit(obj, headSpan(v!), `Container ${c.name} uses image ${image} with ${tag ? 'the latest tag' : 'no tag (latest)'}.`);
    }
  },
};
