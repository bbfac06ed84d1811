import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/user-root",
    "title": "Last USER is root",
    "description": "A final `USER root` (or `USER 0`) runs the container process as root.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "trivy:DS-0002",
      "kics:67fd0c4a-68cf-46d7-8c41-bc9fba7e40ae",
      "checkov:CKV_DOCKER_8"
    ],
    "remediation": "End the final stage with `USER <non-root user>`."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    const last = file.stages[file.stages.length - 1];
    const users = last?.instructions.filter((i) => i.keyword === 'USER') ?? [];
    const final = users[users.length - 1];
    const who = final?.words[0]?.split(':')[0];
    if (final && (who === 'root' || who === '0')) emit({ path: file.path }, final.span, `The final stage runs as ${who}.`);
  },
};
