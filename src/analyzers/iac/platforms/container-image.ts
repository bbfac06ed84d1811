/**
 * `name:tag@digest` split, shared by the Dockerfile, Kubernetes and Compose rules so they agree
 * on what "no tag" means. A colon before the last slash is a registry port, not a tag; tag is
 * undefined when absent (the runtime then pulls `latest`).
 */
export function imageParts(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const ref = at >= 0 ? image.slice(0, at) : image;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) return { name: ref.slice(0, colon), tag: ref.slice(colon + 1), digest };
  return { name: ref, digest };
}

/** A value filled in by a template engine or shell at deploy time: its real tag is unknown here. */
export function isTemplatedImage(image: string): boolean {
  return image.includes('${') || image.includes('{{');
}
