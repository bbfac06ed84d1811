import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { bool, get, headSpan } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/privileged",
    "title": "Compose service runs privileged",
    "description": "A privileged service container has full access to the host devices and every capability.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "kics:ae5b6871-7f45-42e0-bb4c-ab300c4d2026"
    ],
    "remediation": "Remove `privileged: true`; add only the capabilities needed with `cap_add`."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    for (const s of file.services) {
      const v = get(s.node, 'privileged');
      if (bool(v) === true) emit({ path: file.path, resource: `service/${s.name}` }, headSpan(v!), `Service ${s.name} runs privileged.`);
    }
  },
};
