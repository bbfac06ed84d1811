import type { DockerfileRule } from '../../rule.js';
import { type DockerFile } from '../../platforms/dockerfile.js';

export const rule: DockerfileRule = {
  platform: 'dockerfile',
  meta: {
    "id": "iac/dockerfile/insecure-download",
    "title": "Build step disables TLS verification or package signatures",
    "description": "Turning off certificate checks or package signature checks lets anyone on the network path replace what the build installs.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-295"
    ],
    "equivalents": [],
    "remediation": "Remove the flag; install the right CA certificates or package keys instead."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    const insecure = /(?:^|\s)(?:curl\s(?:[^|;&]{0,200}\s)?(?:-k|--insecure)\b|wget\s(?:[^|;&]{0,200}\s)?--no-check-certificate\b)|--trusted-host\b|strict-ssl\s{0,3}(?:=\s{0,3})?false|--allow-unauthenticated\b|--force-yes\b|sslVerify\s{0,3}=?\s{0,3}false|--allow-untrusted\b|GIT_SSL_NO_VERIFY|NODE_TLS_REJECT_UNAUTHORIZED\s{0,3}=\s{0,3}0/i;
    for (const i of file.instructions) {
      if (i.keyword !== 'RUN' && i.keyword !== 'ENV') continue;
      const m = insecure.exec(i.args);
      if (m) emit({ path: file.path }, i.span, `${i.keyword} disables transport or signature verification (${m[0].trim()}).`);
    }
  },
};
