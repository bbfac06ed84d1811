import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, str } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/host-network",
    "title": "Compose service uses the host network",
    "description": "`network_mode: host` removes network isolation: the service binds host ports and sees host interfaces.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "kics:071a71ff-f868-47a4-ac0b-3c59e4ab5443"
    ],
    "remediation": "Use a user-defined bridge network and publish only needed ports."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    for (const s of file.services) {
      const v = get(s.node, 'network_mode');
      if (str(v) === 'host') emit({ path: file.path, resource: `service/${s.name}` }, headSpan(v!), `Service ${s.name} uses the host network.`);
    }
  },
};
