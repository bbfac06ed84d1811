import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/security-opt-unconfined",
    "title": "Compose service disables seccomp or AppArmor",
    "description": "`seccomp:unconfined` or `apparmor:unconfined` removes the kernel-level filters that contain a compromised process.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-693"
    ],
    "equivalents": [
      "kics:404fde2c-bc4b-4371-9747-7054132ac953"
    ],
    "remediation": "Remove the option; write a custom profile if the default blocks something needed."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    for (const s of file.services) {
      for (const o of items(get(s.node, 'security_opt'))) {
        const v = (str(o) ?? '').replace('=', ':').replace(/\s+/g, '');
        if (/^(?:seccomp|apparmor):unconfined$|^label:disable$/.test(v)) emit({ path: file.path, resource: `service/${s.name}` }, headSpan(o), `Service ${s.name} sets ${str(o)}.`, `${s.name}|${v}`);
      }
    }
  },
};
