import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/sudo",
    "title": "RUN uses sudo",
    "description": "Build steps already run as the current user; sudo in an image means sudo is installed and configured, which a compromised process can use to escalate.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "trivy:DS-0010",
      "kics:8ada6e80-0ade-439e-b176-0b28f6bce35a",
      "checkov:CKV2_DOCKER_1"
    ],
    "remediation": "Run privileged steps before `USER`, without sudo, and do not install sudo."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    for (const i of file.instructions) {
      if (i.keyword !== 'RUN') continue;
      if (/(?:^|[;&|(]\s*)sudo\s/.test(i.args)) emit({ path: file.path }, i.span, 'RUN uses sudo.');
    }
  },
};
