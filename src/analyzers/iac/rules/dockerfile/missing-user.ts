import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/missing-user",
    "title": "Image runs as root: no USER instruction",
    "description": "Without a USER instruction the container process runs as root, so any code execution in it is root in the container.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "trivy:DS-0002",
      "kics:fd54f200-402c-4333-a5a4-36ef6709af2f",
      "checkov:CKV_DOCKER_3"
    ],
    "remediation": "Add `USER <non-root user>` in the final stage, after installing packages."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    const last = file.stages[file.stages.length - 1];
    if (!last || last.image.toLowerCase() === 'scratch') return;
    if (!last.instructions.some((i) => i.keyword === 'USER')) emit({ path: file.path }, last.from.span, `The final stage (${last.image}) has no USER instruction, so it runs as root.`);
  },
};
