import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';
import { imageParts } from '../../platforms/container-image.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/latest-base-image",
    "title": "Base image uses latest or no tag",
    "description": "A `latest` or missing tag makes every build pull whatever was pushed last: unreviewed code and unreproducible builds.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-1357"
    ],
    "equivalents": [
      "trivy:DS-0001",
      "kics:f45ea400-6bbe-4501-9fc7-1c3d75c32067",
      "checkov:CKV_DOCKER_7",
      "kics:9efb0b2d-89c9-41a3-91ca-dcc0aec911fd"
    ],
    "remediation": "Pin the base image to a version tag and a digest: `FROM node:20.11@sha256:\u2026`."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    const aliases = new Set<string>();
    for (const s of file.stages) {
      const image = s.image;
      const lower = image.toLowerCase();
      if (!image || lower === 'scratch' || aliases.has(lower) || image.startsWith('$')) {
        if (s.alias) aliases.add(s.alias.toLowerCase());
        continue;
      }
      const p = imageParts(image);
      if (!p.digest && (p.tag === undefined || p.tag === 'latest')) emit({ path: file.path }, s.from.span, `Base image ${image} uses ${p.tag ? 'the latest tag' : 'no tag (latest)'}.`);
      if (s.alias) aliases.add(s.alias.toLowerCase());
    }
  },
};
