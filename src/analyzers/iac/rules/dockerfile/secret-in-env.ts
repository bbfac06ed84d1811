import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/secret-in-env",
    "title": "Secret in ENV or ARG",
    "description": "ENV and ARG values are stored in the image metadata and history; anyone who can pull the image can read them.",
    "severity": "high",
    "confidence": "medium",
    "cwe": [
      "CWE-798"
    ],
    "equivalents": [],
    "remediation": "Use BuildKit secrets (`RUN --mount=type=secret`) at build time and inject runtime secrets from the orchestrator."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    const secretName = /(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)(?:_|$)/i;
    for (const i of file.instructions) {
      if (i.keyword !== 'ENV' && i.keyword !== 'ARG') continue;
      const pairs: [string, string][] = [];
      if (i.keyword === 'ENV' && i.words.length >= 2 && !i.words[0]!.includes('=')) pairs.push([i.words[0]!, i.words.slice(1).join(' ')]);
      else for (const w of i.words) {
        const eq = w.indexOf('=');
        if (eq > 0) pairs.push([w.slice(0, eq), w.slice(eq + 1)]);
      }
      for (const [name, value] of pairs) {
        const v = value.replace(/^["']|["']$/g, '');
        if (secretName.test(name) && v.length >= 4 && !v.startsWith('$')) emit({ path: file.path }, i.span, `${i.keyword} ${name} holds a literal secret value.`, `${name}`);
      }
    }
  },
};
