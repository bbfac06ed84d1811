import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, items, str, entries } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/literal-secret",
    "title": "Secret written literally in Compose environment",
    "description": "Passwords and tokens in `environment:` end up in git and in `docker inspect` output.",
    "severity": "high",
    "confidence": "medium",
    "cwe": [
      "CWE-798"
    ],
    "equivalents": [],
    "remediation": "Use Compose `secrets:` or an env file kept out of git, and reference it."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    const secretName = /(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY)(?:_|$)/i;
    for (const s of file.services) {
      const env = get(s.node, 'environment');
      const pairs: [string, string | undefined, ReturnType<typeof get>][] = [];
      if (env?.kind === 'map') for (const [k, v] of entries(env)) pairs.push([k, str(v), v]);
      else for (const item of items(env)) {
        const t = str(item) ?? '';
        const eq = t.indexOf('=');
        if (eq > 0) pairs.push([t.slice(0, eq), t.slice(eq + 1), item]);
      }
      for (const [name, value, node] of pairs) {
        if (!value || value.length < 4 || value.includes('${') || value.startsWith('$') || !secretName.test(name)) continue;
        emit({ path: file.path, resource: `service/${s.name}` }, headSpan(node!), `Service ${s.name} sets ${name} to a literal value.`, `${s.name}|${name}`);
      }
    }
  },
};
