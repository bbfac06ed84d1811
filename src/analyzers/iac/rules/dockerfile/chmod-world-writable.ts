import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/chmod-world-writable",
    "title": "RUN makes files world-writable",
    "description": "`chmod 777` (or o+w) lets any user in the container, including a compromised low-privilege process, replace binaries and configuration.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-732"
    ],
    "equivalents": [],
    "remediation": "Grant the owning user only what it needs (`chown app` and 755/644)."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    for (const i of file.instructions) {
      if (i.keyword !== 'RUN' || !i.args.includes('chmod')) continue;
      if (/chmod\s(?:-R\s|--recursive\s)?(?:0?[0-7]?[0-7][0-7][2367]\b|(?:[ugo]{0,3}a|[ug]{0,2}o)[ugo]{0,2}\+[rx]{0,2}w)/.test(i.args)) emit({ path: file.path }, i.span, 'RUN makes files world-writable.');
    }
  },
};
