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
    "equivalents": [
      "trivy:DS031"
    ],
    "remediation": "Use BuildKit secrets (`RUN --mount=type=secret`) at build time and inject runtime secrets from the orchestrator."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    const finalStage = file.stages.length - 1;
    // ARGs before the first FROM only parameterise FROM lines; RUN never sees them.
    const firstFrom = file.stages[0]?.from.span.sl ?? Infinity;
    for (const i of file.instructions) {
      if (i.keyword !== 'ENV' && i.keyword !== 'ARG') continue;
      const pairs: [string, string | undefined][] = [];
      if (i.keyword === 'ENV' && i.words.length >= 2 && !i.words[0]!.includes('=')) pairs.push([i.words[0]!, i.words.slice(1).join(' ')]);
      else for (const w of i.words) {
        const eq = w.indexOf('=');
        if (eq > 0) pairs.push([w.slice(0, eq), w.slice(eq + 1)]);
        else if (i.keyword === 'ARG' && eq < 0) pairs.push([w, undefined]);
      }
      for (const [name, value] of pairs) {
        if (!isSecretName(name)) continue;
        const v = value?.replace(/^["']|["']$/g, '');
        if (v !== undefined && v.length >= 4 && !v.startsWith('$')) {
          emit({ path: file.path }, i.span, `${i.keyword} ${name} holds a literal secret value.`, `${name}`);
        } else if (i.keyword === 'ARG' && !v && i.stage === finalStage && i.span.sl > firstFrom) {
          // A value given with --build-arg is recorded in the image history of every RUN that uses it.
          emit({ path: file.path }, i.span, `ARG ${name} takes a secret as a build argument; its value is kept in the image history (docker history). Use RUN --mount=type=secret.`, `${name}|arg`, { confidence: 'low' });
        }
      }
    }
  },
};

const SECRET_WORD = /(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)(?:_|$)/i;
/** Names that describe a secret rather than hold one: `DB_PASSWORD_FILE=/run/secrets/db` is the recommended pattern. */
const DESCRIPTOR = /_(?:FILE|PATH|DIR|URL|URI|NAME|ID|ENDPOINT|HEADER|TYPE|LENGTH|TTL|EXPIRY|EXPIRES|ENABLED|REQUIRED)$/i;

function isSecretName(name: string): boolean {
  return SECRET_WORD.test(name) && !DESCRIPTOR.test(name);
}
