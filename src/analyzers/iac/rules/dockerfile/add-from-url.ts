import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/add-from-url",
    "title": "ADD downloads from a URL",
    "description": "`ADD https://\u2026` fetches remote content at build time without any integrity check; a changed or hijacked URL changes the image.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-494"
    ],
    "equivalents": [
      "kics:4b410d24-1cbe-4430-a632-62c9a931cf1c"
    ],
    "remediation": "Download with `curl` and verify a checksum, or use `ADD --checksum=sha256:\u2026`, or COPY a vendored file."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    for (const i of file.instructions) {
      if (i.keyword !== 'ADD') continue;
      if (i.raw.includes('--checksum=')) continue;
      const src = i.words.filter((w) => !w.startsWith('--'));
      if (src.slice(0, -1).some((w) => /^https?:\/\//i.test(w))) emit({ path: file.path }, i.span, 'ADD fetches a URL without a checksum.');
    }
  },
};
