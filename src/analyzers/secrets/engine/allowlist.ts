import { isDocumentedExample, placeholderReason, providerPlaceholderReason } from '../../shared/placeholders.js';
import { keyBodyReason } from '../rules/private-key.js';

/**
 * The allowlist classes issue 3 requires (documented example values and obvious placeholders),
 * applied to a free-standing token with no rule around it. The engine drops candidates of these
 * classes; this classifier lets the quality measurement say which labelled cases are nothing but
 * such a value, using the same placeholder code rather than a list of cases.
 */
export type AllowlistClass = 'documented-example' | 'repeated-characters' | 'sequence' | 'placeholder' | 'placeholder-word';

export type TokenKind = { readonly kind: 'allowlisted'; readonly reason: AllowlistClass } | { readonly kind: 'name' | 'word' | 'short' | 'candidate' };

export interface ClassifiedToken {
  readonly token: string;
  readonly start: number;
  readonly result: TokenKind;
}

/** Shorter runs are too short to be a credential on their own; they neither count for nor against a case. */
const MIN_TOKEN = 8;
const MAX_TOKEN = 4096;

/**
 * Drops all-digit `-` segments when the token also has others: ids (Slack's workspace and
 * user ids) are not the secret, as in the rules whose body group follows the ids.
 */
export function secretBearingPart(token: string): string {
  if (!token.includes('-')) return token;
  const parts = token.split('-');
  const kept = parts.filter((p) => !/^[0-9]+$/.test(p));
  return kept.length === 0 || kept.length === parts.length ? token : kept.join('-');
}

/** Identifiers and words: key names, hosts, prose. Random mixed-case runs do not match. */
const WORD_LIKE = /^(?:[a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,6}|[A-Z][a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,6}|[A-Z]{1,20})(?:[_./-](?:[a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,6}|[A-Z][a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,6}|[A-Z]{1,20})){0,8}$/;

/**
 * Classifies one value: the structural markers first (documented example, filler runs, `xxxx`,
 * sequences: never a name), then words and identifiers are set aside, then placeholder words
 * (`password`, `example`, `fake`) in what is left.
 */
export function classifyValue(token: string): TokenKind {
  if (token.length < MIN_TOKEN) return { kind: 'short' };
  if (isDocumentedExample(token)) return { kind: 'allowlisted', reason: 'documented-example' };
  // Base64 of binary key material (as the Kubernetes Secret rule decodes it): a run of `A` is zero bytes, not filler.
  const binary = isEncodedBinary(token);
  const part = secretBearingPart(token);
  const structural = providerPlaceholderReason(part);
  if (structural && !(binary && structural === 'repeated-characters')) return { kind: 'allowlisted', reason: structural as AllowlistClass };
  if (binary) return { kind: 'candidate' };
  if (/(.)\1{5}/.test(part)) return { kind: 'allowlisted', reason: 'repeated-characters' };
  if (isPlaceholderWordOnly(part)) return { kind: 'allowlisted', reason: 'placeholder-word' };
  if (WORD_LIKE.test(part)) return { kind: 'word' };
  // `password`, `secret`, `qwerty` inside a longer value are what weak real passwords are made of
  // (`MyPassword123`, `secret123`): only as the whole value are they a placeholder.
  if (placeholderReason(part.replace(WEAK_PASSWORD_PARTS, '-')) === 'placeholder') return { kind: 'allowlisted', reason: 'placeholder-word' };
  return { kind: 'candidate' };
}

/** Padded or `+`/`/`-bearing base64 that decodes to 16+ bytes, some of them not text. */
function isEncodedBinary(token: string): boolean {
  if (token.length < 24 || token.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(token) || !/[+/=]/.test(token)) return false;
  const bytes = Buffer.from(token, 'base64');
  return bytes.length >= 16 && /[\x00-\x08\x0e-\x1f\x7f-\xff]/.test(bytes.toString('latin1'));
}

const WEAK_PASSWORD_PARTS = /pass(?:wor)?d|secret|qwerty|abc123/gi;

/** A value that is nothing but a placeholder word (`password`, `changeme`): a word, but the placeholder kind. */
function isPlaceholderWordOnly(value: string): boolean {
  return /^(?:password|passwd|secret|changeme|change_me|example|placeholder|redacted|dummy|foobar)$/i.test(value);
}

const TOKEN = /[A-Za-z0-9_+/~.-]+/g;
const ARMOR = /-----(?:BEGIN|END) [A-Z0-9 ]{1,40}-----/g;

/**
 * PEM armor (`-----BEGIN … KEY-----`) is structure, not a value: the text between a BEGIN line
 * and its END (or the end of the text) is one value, classified whole. Returns the ranges covered.
 */
function pemBodies(text: string, out: ClassifiedToken[]): [number, number][] {
  const ranges: [number, number][] = [];
  ARMOR.lastIndex = 0;
  let open: number | undefined;
  let bodyStart = 0;
  for (let m = ARMOR.exec(text); m; m = ARMOR.exec(text)) {
    const isBegin = m[0].startsWith('-----BEGIN');
    if (isBegin && open === undefined) {
      open = m.index;
      bodyStart = m.index + m[0].length;
    } else if (!isBegin && open !== undefined) {
      pushBody(text.slice(bodyStart, m.index), bodyStart, out);
      ranges.push([open, m.index + m[0].length]);
      open = undefined;
    }
  }
  if (open !== undefined) {
    pushBody(text.slice(bodyStart), bodyStart, out);
    ranges.push([open, text.length]);
  }
  return ranges;
}

function pushBody(raw: string, start: number, out: ClassifiedToken[]): void {
  const body = raw.replace(/\\[rn]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!body) return;
  // A base64 body is judged as the private-key rule judges it: runs of `A` are zero bytes of key
  // material (every OpenSSH key has them), not filler.
  const base64 = raw
    .replace(/\\[rn]/g, '\n')
    .split(/\r?\n/)
    .filter((l) => !l.includes(':'))
    .join('')
    .replace(/[\s"',+]/g, '');
  if (base64.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(base64)) {
    const reason = keyBodyReason(base64) as AllowlistClass | undefined;
    out.push({ token: body, start, result: reason ? { kind: 'allowlisted', reason } : { kind: 'candidate' } });
    return;
  }
  out.push({ token: body, start, result: classifyValue(body) });
}

/**
 * Every token of a text with its class. A token followed by `:` or `=` and then a value is a key
 * name (`password: …`, `_authToken=…`), not a value; trailing `=` before the end of the token
 * run is base64 padding and stays part of the value.
 */
export function classifyTokens(text: string): ClassifiedToken[] {
  const out: ClassifiedToken[] = [];
  const armored = pemBodies(text, out);
  let next = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    // Ranges come in text order and tokens too: one forward pointer, not a search per token.
    while (next < armored.length && armored[next]![1] <= m.index) next++;
    const inside = next < armored.length && m.index >= armored[next]![0] ? armored[next] : undefined;
    if (inside) {
      TOKEN.lastIndex = inside[1];
      continue;
    }
    let token = m[0];
    const start = m.index;
    let end = start + token.length;
    let pad = 0;
    while (pad < 3 && text[end + pad] === '=') pad++;
    if (pad > 0 && !/[A-Za-z0-9_+/~.-]/.test(text[end + pad] ?? '')) {
      token += '='.repeat(pad);
      end += pad;
    }
    if (token.length > MAX_TOKEN) {
      out.push({ token: token.slice(0, 40), start, result: { kind: 'candidate' } });
      continue;
    }
    const after = /^["'\]]{0,2}[ \t]{0,3}(?::(?!\/\/)|=(?!=))/.exec(text.slice(end, end + 8));
    // A credential-shaped token before `:` is still a value (a token used as a map key, `id:secret`).
    const isName = after !== null && !isDocumentedExample(token) && !credentialShaped(token);
    out.push({ token, start, result: isName ? { kind: 'name' } : classifyValue(token) });
  }
  return out;
}

/** 20+ characters mixing letters and digits that the classifier calls a candidate: never a key name. */
function credentialShaped(token: string): boolean {
  return token.length >= 20 && /[0-9]/.test(token) && /[A-Za-z]/.test(token) && classifyValue(token).kind === 'candidate';
}

/**
 * The allowlist classes of a text whose every credential-length value is one: undefined when the
 * text has any value that is none of them (it may be the secret), or no allowlisted value at all.
 */
export function allowlistedOnly(text: string): { readonly reasons: readonly string[]; readonly tokens: readonly string[] } | undefined {
  const tokens = classifyTokens(text);
  if (tokens.some((t) => t.result.kind === 'candidate')) return undefined;
  const listed = tokens.filter((t) => t.result.kind === 'allowlisted');
  if (listed.length === 0) return undefined;
  return {
    reasons: [...new Set(listed.map((t) => (t.result as { reason: AllowlistClass }).reason))],
    tokens: listed.map((t) => t.token),
  };
}
