import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/docker-socket",
    "title": "Docker socket mounted into a service",
    "description": "Whoever can talk to /var/run/docker.sock can start a privileged container and own the host.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "kics:d6355c88-1e8d-49e9-b2f2-f8a1ca12c75b"
    ],
    "remediation": "Do not mount the Docker socket; if a tool needs it, use a socket proxy with a minimal API allow-list."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    for (const s of file.services) {
      for (const v of items(get(s.node, 'volumes'))) {
        const src = str(v) ?? str(get(v, 'source')) ?? '';
        if (src.includes('docker.sock')) emit({ path: file.path, resource: `service/${s.name}` }, headSpan(v), `Service ${s.name} mounts the Docker socket.`);
      }
    }
  },
};
