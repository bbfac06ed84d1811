import type { KubernetesRule } from '../../rule.js';
import { type K8sObject } from '../../platforms/kubernetes.js';
import { get, headSpan, str } from '../../model.js';
import { imageParts, isTemplatedImage } from '../../platforms/container-image.js';

export const rule: KubernetesRule = {
  platform: 'kubernetes',
  meta: {
    "id": "iac/kubernetes/image-digest",
    "title": "Container image is not pinned to a digest",
    "description": "A tag can be moved to different content; only a digest guarantees the image that was reviewed is the image that runs.",
    "severity": "low",
    "confidence": "medium",
    "cwe": [
      "CWE-494"
    ],
    "equivalents": [
      "kics:7c81d34c-8e5a-402b-9798-9f442630e678",
      "checkov:CKV_K8S_43"
    ],
    "remediation": "Reference images by digest (`image: repo/name@sha256:\u2026`), updated by a bot."
  } as KubernetesRule['meta'],
  check(obj: K8sObject, emit) {
    for (const c of obj.containers) {
      const v = get(c.node, 'image');
      const image = str(v);
      if (!image || isTemplatedImage(image) || imageParts(image).digest !== undefined) continue;
      emit(obj, headSpan(v!), `Container ${c.name} image ${image} is not pinned to a digest.`);
    }
  },
};
