import type { Generator, RandomSource } from '../../../testing/fake-secrets.js';

/** Fixture generators: `{{fake:<rule>}}` in a fixture becomes a well-formed value of that rule. */
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const ALPHA = UPPER + LOWER;
export const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const HEX_UPPER = '0123456789ABCDEF';
export const DIGITS = '0123456789';
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

type Part = string | readonly [alphabet: string, length: number];

/** Concatenates literal parts and random runs: seq('ghp_', [ALNUM, 36]). */
export function seq(...parts: Part[]): Generator {
  return (r: RandomSource) => parts.map((p) => (typeof p === 'string' ? p : r.chars(p[0], p[1]))).join('');
}

export function uuid(upper = false): Generator {
  const alphabet = upper ? HEX_UPPER : HEX;
  return seq([alphabet, 8], '-', [alphabet, 4], '-4', [alphabet, 3], '-a', [alphabet, 3], '-', [alphabet, 12]);
}

export function base64Of(text: string): string {
  return Buffer.from(text).toString('base64');
}
