import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, str } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/host-pid-ipc",
    "title": "Compose service shares the host PID or IPC namespace",
    "description": "`pid: host` or `ipc: host` lets the service see and signal host processes or read their shared memory.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "kics:4f31dd9f-2cc3-4751-9b53-67e4af83dac0",
      "kics:baa3890f-bed7-46f5-ab8f-1da8fc91c729"
    ],
    "remediation": "Remove `pid: host` and `ipc: host`."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    for (const s of file.services) {
      for (const key of ['pid', 'ipc']) {
        const v = get(s.node, key);
        if (str(v) === 'host') emit({ path: file.path, resource: `service/${s.name}` }, headSpan(v!), `Service ${s.name} shares the host ${key.toUpperCase()} namespace.`, `${s.name}|${key}`);
      }
    }
  },
};
