import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/expose-ssh",
    "title": "Port 22 exposed",
    "description": "Exposing SSH from a container means an SSH daemon and credentials in the image: a remote-login path that bypasses the orchestrator.",
    "severity": "low",
    "confidence": "high",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [
      "trivy:DS-0004",
      "kics:5907595b-5b6d-4142-b173-dbb0e73fbff8"
    ],
    "remediation": "Remove SSH from the image; use `kubectl exec` or `docker exec` for debugging."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    for (const i of file.instructions) {
      if (i.keyword !== 'EXPOSE') continue;
      if (i.words.some((w) => w.split('/')[0] === '22')) emit({ path: file.path }, i.span, 'EXPOSE 22 publishes SSH.');
    }
  },
};
