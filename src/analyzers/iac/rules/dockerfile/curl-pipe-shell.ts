import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/curl-pipe-shell",
    "title": "Remote script piped into a shell",
    "description": "`curl \u2026 | sh` runs whatever the server returns at build time, with no integrity check.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-494"
    ],
    "equivalents": [],
    "remediation": "Download to a file, verify its checksum or signature, then run it."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    for (const i of file.instructions) {
      if (i.keyword !== 'RUN') continue;
      const a = i.args;
      if (!(a.includes('curl') || a.includes('wget')) || !a.includes('|')) continue;
      const parts = a.split('|');
      for (let k = 1; k < parts.length; k++) {
        const prev = parts[k - 1]!;
        const cmd = parts[k]!.trim().split(' ').filter((w) => w !== 'sudo' && !w.includes('='))[0] ?? '';
        if ((prev.includes('curl') || prev.includes('wget')) && /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|zsh|dash|ash|ksh|python3?|perl|ruby|node)$/.test(cmd)) {
          emit({ path: file.path }, i.span, `RUN pipes a download into ${cmd}.`);
          break;
        }
      }
    }
  },
};
