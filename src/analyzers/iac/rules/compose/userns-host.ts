import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, str } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/userns-host",
    "title": "Compose service shares the host user namespace",
    "description": "`userns_mode: host` disables user-namespace remapping, so root in the container is root on the host.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "kics:8af7162d-6c98-482f-868e-0d33fb675ca8"
    ],
    "remediation": "Remove `userns_mode: host`."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    for (const s of file.services) {
      const v = get(s.node, 'userns_mode');
      if (str(v) === 'host') emit({ path: file.path, resource: `service/${s.name}` }, headSpan(v!), `Service ${s.name} shares the host user namespace.`);
    }
  },
};
