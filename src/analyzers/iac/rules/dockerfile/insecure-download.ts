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
    "equivalents": [
      "checkov:CKV2_DOCKER_2",
      "checkov:CKV2_DOCKER_3",
      "checkov:CKV2_DOCKER_4",
      "checkov:CKV2_DOCKER_5",
      "checkov:CKV2_DOCKER_6",
      "checkov:CKV2_DOCKER_7",
      "checkov:CKV2_DOCKER_8",
      "checkov:CKV2_DOCKER_9",
      "checkov:CKV2_DOCKER_10",
      "checkov:CKV2_DOCKER_11",
      "checkov:CKV2_DOCKER_12",
      "checkov:CKV2_DOCKER_13",
      "checkov:CKV2_DOCKER_14",
      "checkov:CKV2_DOCKER_15",
      "checkov:CKV2_DOCKER_16"
    ],
    "remediation": "Remove the flag; install the right CA certificates or package keys instead."
  } as DockerfileRule['meta'],
  check(file: DockerFile, emit) {
    const insecure = /(?:^|\s)(?:curl\s(?:[^|;&]{0,200}\s)?(?:-k|--insecure)\b|wget\s(?:[^|;&]{0,200}\s)?--no-check-certificate\b)|--trusted-host\b|strict-ssl\s{0,3}(?:=\s{0,3})?false|--allow-unauthenticated\b|--force-yes\b|sslVerify\s{0,3}=?\s{0,3}false|--allow-untrusted\b|GIT_SSL_NO_VERIFY|NODE_TLS_REJECT_UNAUTHORIZED\s{0,3}=\s{0,3}0|PYTHONHTTPSVERIFY\s{0,3}=\s{0,3}0|PIP_TRUSTED_HOST|NPM_CONFIG_STRICT_SSL\s{0,3}=\s{0,3}false|--nogpgcheck\b|gpgcheck\s{0,3}=\s{0,3}0|(?:^|\s)rpm\s[^|;&]{0,200}--no(?:signature|digest)\b/i;
    for (const i of file.instructions) {
      if (i.keyword !== 'RUN' && i.keyword !== 'ENV') continue;
      const m = insecure.exec(i.args);
      if (m) emit({ path: file.path }, i.span, `${i.keyword} disables transport or signature verification (${m[0].trim()}).`);
    }
  },
};
