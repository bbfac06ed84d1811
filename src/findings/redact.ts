import { sha256 } from './fingerprint.js';
import type { SecretDetail } from '../core/finding.js';

/** A short prefix only: enough to recognise the key type, never enough to use it. */
export function redactSecret(secret: string): string {
  const visible = Math.min(6, Math.floor(secret.length * 0.25));
  return `${secret.slice(0, visible)}${'*'.repeat(Math.min(8, Math.max(3, secret.length - visible)))}`;
}

export function secretDetail(secret: string, showSecrets: boolean, verification?: SecretDetail['verification']): SecretDetail {
  return {
    redacted: redactSecret(secret),
    length: secret.length,
    hash: sha256(secret).slice(0, 16),
    ...(showSecrets ? { value: secret } : {}),
    ...(verification ? { verification } : {}),
  };
}

/** Removes every piece of the secret from a text (multi-line secrets such as PEM keys piece by piece). */
export function scrub(text: string, secret: string): string {
  const redacted = redactSecret(secret);
  let out = text.split(secret).join(redacted);
  for (const piece of secret.split(/\r?\n|\\n/)) {
    if (piece.length >= 8) out = out.split(piece).join(redactSecret(piece));
  }
  return out;
}
