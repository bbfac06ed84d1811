import { charClasses, shannonEntropy } from './entropy.js';
import { placeholderReason, referenceReason } from '../../shared/placeholders.js';
import type { DetectContext } from './rule.js';
import { timeUuidReason } from './validators.js';

/** Key names that hold something about a secret, not the secret: `token_url`, `password_field`. */
/** Public or per-session values: not credentials even when called tokens or keys. */
const NON_SECRET_KIND = /public|publishable|csrf|xsrf|nonce|captcha|recaptcha|sitekey|site_key|pagination|next_?token|page_?token|continuation/i;

/**
 * A one-way digest of a secret (`hashed_secret`, `password_hash`, `token_sha256`) or a record's
 * salt (`password_salt`, `passwordSalt`): not usable as the secret. An upper-case SALT constant
 * is an application setting (Flask-Security's SECURITY_PASSWORD_SALT, WordPress's NONCE_SALT)
 * that keys an HMAC, so it stays a secret.
 */
const DIGEST_NAME =
  /(?:^|[_.-])(?:hash(?:ed)?|digest|sha(?:1|256|512)?|md5|bcrypt|checksum|fingerprint|salt|HASH(?:ED)?|DIGEST|SHA(?:1|256|512)?|MD5|BCRYPT|CHECKSUM|FINGERPRINT)(?:[_.-]|$)|(?:^|[a-z0-9])(?:Hash(?:ed)?|Digest|Sha(?:1|256|512)?|Md5|Bcrypt|Checksum|Fingerprint|Salt)(?:[A-Z0-9_.-]|$)|^(?:hash(?:ed)?|digest|sha(?:1|256|512)?|md5|bcrypt|checksum|fingerprint|salt)(?=[A-Z])/;

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
  if (/^(?:gh[pousr]_|github_pat_|npm_|xox[a-z]-|[sr]k_(?:live|test)_|AKIA|ASIA|glpat-|hf_|sk-ant-|SG\.|AIza|ops_eyJ)/.test(value)) return 'provider-format-rejected';
  if (context.isCode && !quoted) return 'not-a-literal';
  if (NON_SECRET_NAME.test(name)) return 'descriptive-name';
  if (NON_SECRET_KIND.test(name)) return 'not-a-credential';
  if (DIGEST_NAME.test(name)) return 'digest-of-secret';
  const reference = referenceReason(value);
  if (reference) return reference;
  const uuid = timeUuidReason(value);
  if (uuid) return uuid;
  const placeholder = placeholderReason(value);
  if (placeholder) return placeholder;
  // A base64-encoded placeholder (Kubernetes Secret data, Basic credentials): `UkVQTEFDRV9NRQ==` is REPLACE_ME.
  const decoded = printableBase64(value);
  if (decoded !== undefined && placeholderReason(decoded)) return 'encoded-placeholder';
  // Documentation elides the rest of a value: `ops_eyJzaWdu...`, `sk-…`.
  if (value.endsWith('...') || value.endsWith('…')) return 'elided';
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

/**
 * The text a short base64 value decodes to, when it is one printable word-like run; undefined for
 * anything else. Encoded documents (a service-account JSON, a config) are not judged by their words.
 */
function printableBase64(value: string): string | undefined {
  if (value.length < 8 || value.length > 136 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  return /^[\x21-\x7e]+$/.test(decoded) && !/^[{[]/.test(decoded) ? decoded : undefined;
}

/**
 * For the generic rules' regex groups: `kw` the keyword, `kq` a closing quote of the key,
 * `sep` the operator, `sp` spaces after it, `q` the opening quote of the value. A bare
 * `name:value` with no quote and no space is a URL, a Maven coordinate or a selector, not a
 * YAML or JSON assignment.
 */
export function genericMatchReason(value: string, m: RegExpExecArray, context: DetectContext, t: GenericThresholds): string | undefined {
  const g = m.groups!;
  if (g.sep === ':' && !g.kq && !g.sp && !g.q) return 'not-an-assignment';
  const quoted = g.q !== '';
  if (quoted && context.text[m.index + m[0].length] !== g.q) return 'unterminated-literal';
  if (!quoted) {
    // Unquoted right-hand sides in code-like text (even in .txt or .md): calls, indexing, types, operators.
    const next = context.text[m.index + m[0].length];
    if (next === '(' || next === '[' || next === '.' || value.startsWith('!') || /[()[\]{}<>|&+]/.test(value)) return 'expression';
    if (/^[A-Za-z_$][A-Za-z_$]*$/.test(value)) return 'identifier';
  }
  return genericValueReason(value, quoted, nameAround(context.text, m.index, m.index + g.kw!.length), context, t);
}
