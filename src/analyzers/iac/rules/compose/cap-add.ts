import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, items, str, entries } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/cap-add",
    "title": "Compose service adds dangerous capabilities",
    "description": "SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL and similar capabilities make container escape and host interference easy.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [],
    "remediation": "Drop `cap_add` entries; add only narrow capabilities like NET_BIND_SERVICE."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    const bad = new Set(['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'DAC_READ_SEARCH', 'SYS_RAWIO', 'BPF', 'PERFMON', 'SYS_BOOT']);
    for (const s of file.services) {
      for (const c of items(get(s.node, 'cap_add'))) {
        const name = (str(c) ?? '').toUpperCase().replace(/^CAP_/, '');
        if (bad.has(name)) emit({ path: file.path, resource: `service/${s.name}` }, headSpan(c), `Service ${s.name} adds capability ${name}.`, `${s.name}|${name}`);
      }
    }
  },
};
