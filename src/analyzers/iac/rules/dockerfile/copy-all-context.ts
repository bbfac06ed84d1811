import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/copy-all-context",
    "title": "COPY . copies the whole build context",
    "description": "`COPY . .` copies everything in the build context into the image, including `.env` files, keys and `.git`, unless a `.dockerignore` excludes them.",
    "severity": "low",
    "confidence": "low",
    "cwe": [
      "CWE-538"
    ],
    "equivalents": [],
    "remediation": "Copy only the files the image needs, or keep a `.dockerignore` that excludes `.env`, `.git` and key files."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    for (const i of file.instructions) {
      if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
      if (/\s--from=/.test(i.raw)) continue;
      const src = i.words.filter((w) => !w.startsWith('--')).slice(0, -1);
      if (src.some((w) => w === '.' || w === './' || w === '*')) emit({ path: file.path }, i.span, `${i.keyword} copies the whole build context; secrets such as .env go with it unless .dockerignore excludes them.`);
    }
  },
};
