import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/sensitive-host-mount",
    "title": "Compose service mounts a sensitive host directory",
    "description": "Mounting /, /etc, /root, /proc, /sys, /boot, /dev or /var/run from the host hands the container the keys to the host.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [],
    "remediation": "Mount only application data directories, read-only where possible."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    const sensitive = /^\/(?:$|etc(?:\/|$)|root(?:\/|$)|proc(?:\/|$)|sys(?:\/|$)|boot(?:\/|$)|dev(?:\/|$)|var\/run(?:\/|$)|run(?:\/|$)|var\/lib\/docker(?:\/|$)|home\/?$|usr(?:\/|$)|lib(?:\/|$)|bin(?:\/|$)|sbin(?:\/|$))/;
    for (const s of file.services) {
      for (const v of items(get(s.node, 'volumes'))) {
        const src = str(v)?.split(':')[0] ?? str(get(v, 'source')) ?? '';
        if (sensitive.test(src) && !src.endsWith('docker.sock')) emit({ path: file.path, resource: `service/${s.name}` }, headSpan(v), `Service ${s.name} mounts host path ${src}.`, `${s.name}|${src}`);
      }
    }
  },
};
