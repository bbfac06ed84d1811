import { charClasses, shannonEntropy } from './entropy.js';
import { placeholderReason, referenceReason } from './placeholders.js';
import type { DetectContext } from './rule.js';

/** Key names that hold something about a secret, not the secret: `token_url`, `password_field`. */
const NON_SECRET_NAME = /(?:_|-|\.|[a-z])(?:url|uri|path|file|name|type|id|ids|header|field|length|len|size|env|var|prefix|endpoint|expires?|expiry|ttl|timeout|count|policy|mode|label|placeholder|regex|pattern|hint|format|version|min|max|enabled|required|rotation|ref|arn)$/i;

/** Identifier characters before the keyword, up to 40, so `DB_PASSWORD` is seen whole. */
export function nameAround(text: string, keywordStart: number, keywordEnd: number): string {
  let a = keywordStart;
  while (a > 0 && keywordStart - a < 40 && /[A-Za-z0-9_.-]/.test(text[a - 1]!)) a--;
  let b = keywordEnd;
  while (b < text.length && b - keywordEnd < 40 && /[A-Za-z0-9_.-]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

export interface GenericThresholds {
  readonly minLength: number;
  readonly minEntropy: number;
  readonly minClasses: number;
}

/**
 * Precision for assignments with no provider format: a literal (not a reference or an
 * expression), not a placeholder, not a word, random enough, and not under a key name
 * that describes the secret instead of holding it.
 */
export function genericValueReason(value: string, quoted: boolean, name: string, context: DetectContext, t: GenericThresholds): string | undefined {
  if (value.length < t.minLength) return 'too-short';
  // A provider format whose rule rejected it (bad checksum) is not a generic secret either.
  if (/^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$/.test(value)) return 'provider-format-rejected';
  if (context.isCode && !quoted) return 'not-a-literal';
  if (NON_SECRET_NAME.test(name)) return 'descriptive-name';
  const reference = referenceReason(value);
  if (reference) return reference;
  const placeholder = placeholderReason(value);
  if (placeholder) return placeholder;
  if (/^[a-z]+(?:[_-][a-z]+)*$/.test(value) || /^[A-Z]+(?:_[A-Z]+)*$/.test(value)) return 'word-like';
  if (/^(?:true|false|null|none|nil|undefined)$/i.test(value)) return 'keyword';
  if (/^\d+(?:\.\d+)*$/.test(value)) return 'number';
  if (/^[a-z]{2,}(?:[A-Z][a-z]+)+$/.test(value)) return 'identifier';
  if (/^(?:https?|ftp|file|s3|gs):\/\//i.test(value) || (value.startsWith('/') && !value.includes('+'))) return 'url-or-path';
  if (/^[\w.-]+\.(?:json|ya?ml|pem|key|crt|txt|env|js|ts|py)$/i.test(value)) return 'file-name';
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?$/.test(value)) return 'member-expression';
  if (charClasses(value) < t.minClasses) return 'too-few-character-classes';
  if (shannonEntropy(value) < t.minEntropy) return 'low-entropy';
  if (context.isTestPath) return 'test-path';
  return undefined;
}
