import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whitespace-free text, so reformatting around or inside a finding keeps its identity. */
export function normaliseForIdentity(text: string): string {
  return text.replace(/\s+/g, '').slice(0, 2000);
}

/**
 * Fingerprints carry no line numbers (unlike Gitleaks' file:rule:line), so a baseline
 * survives code moving. `occurrence` separates identical findings in one file.
 */
export function fingerprintOf(ruleId: string, path: string, identity: string, occurrence: number): string {
  return sha256(`${ruleId}\0${path}\0${identity}\0${occurrence}`).slice(0, 32);
}

/** The path-free twin of the fingerprint, used to follow renames. */
export function contentHashOf(ruleId: string, identity: string, occurrence: number): string {
  return sha256(`${ruleId}\0${identity}\0${occurrence}`).slice(0, 32);
}
