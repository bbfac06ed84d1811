import { placeholderReason, referenceReason } from '../../shared/placeholders.js';

/** A JWT is only a finding when its header is real JSON naming an algorithm. */
export function jwtReason(token: string): string | undefined {
  const dot = token.indexOf('.');
  try {
    const header = JSON.parse(Buffer.from(token.slice(0, dot), 'base64url').toString('utf8')) as unknown;
    if (!header || typeof header !== 'object' || !('alg' in header)) return 'jwt-header-without-alg';
    const second = token.indexOf('.', dot + 1);
    const payload = JSON.parse(Buffer.from(token.slice(dot + 1, second === -1 ? undefined : second), 'base64url').toString('utf8')) as unknown;
    if (!payload || typeof payload !== 'object') return 'jwt-payload-not-object';
  } catch {
    return 'jwt-not-json';
  }
  return undefined;
}

/** The password part of `scheme://user:password@host`. */
export function urlPasswordReason(password: string): string | undefined {
  if (/^\$\{?[A-Za-z_]|^\{\{|^%\(|^<|^\*+$|^\$\(/.test(password)) return 'template-or-reference';
  const reference = referenceReason(password);
  if (reference) return reference;
  if (/^(?:password|passwd|pass|pwd|secret|changeme|example|test|user|username|admin|root|postgres|mysql|guest|redis|foobar|xxx+|\*+)$/i.test(password)) return 'placeholder';
  const p = placeholderReason(password);
  if (p === 'documented-example' || p === 'repeated-characters' || p === 'placeholder') return p;
  return undefined;
}

/** curl's `-u user:password`: like a URL password, but `{…}` around a random value is a filled-in template, not a template. */
export function curlPasswordReason(password: string): string | undefined {
  const inner = /^\{([^{}]{3,126})\}$/.exec(password)?.[1];
  const value = inner !== undefined && !/^[A-Za-z]+(?:[_.-][A-Za-z]+)*$/.test(inner) ? inner : password;
  const reason = urlPasswordReason(value);
  if (reason) return reason;
  return /^[a-z]+$/.test(value) ? 'word-like' : undefined;
}

/**
 * curl's `-u NAME:` with an empty password: an API key when NAME is random. An e-mail address,
 * or words joined by `-`, `_` or `.` (each perhaps with a short number: `deploy_bot2`), is an
 * account name, not a key.
 */
export function curlUserReason(user: string): string | undefined {
  const reason = urlPasswordReason(user);
  if (reason) return reason;
  if (/^[^@\s]{1,64}@[^@\s]{1,253}$/.test(user)) return 'email-user';
  return /^[A-Za-z]+[0-9]{0,3}(?:[._-][A-Za-z]+[0-9]{0,3})*$/.test(user) ? 'word-like' : undefined;
}

const BARE_PASSWORD_WORD = /^(?:your|my|the|some|enter|new)?[_ .-]?(?:password|passwd|pass|pwd|secret|changeme|change[_-]?me|example|test|dummy|placeholder|redacted)[_ .-]?(?:here|goes[_ -]?here)?$/i;

/**
 * A value under a key that can only hold a password (NuGet's `ClearTextPassword`): every
 * literal is a password, even one containing the word "password" (people do pick those),
 * unless it is a reference, a template, filler, or nothing but a placeholder word.
 */
export function configPasswordReason(value: string): string | undefined {
  const reference = referenceReason(value);
  if (reference) return reference;
  const structural = placeholderReason(value, { words: false });
  if (structural) return structural;
  if (/[<>{}]|\$\{|\$\(|x{4}|X{4}|\*{3}|\.{3}/.test(value)) return 'placeholder';
  if (BARE_PASSWORD_WORD.test(value)) return 'placeholder';
  return undefined;
}

/**
 * Time-based UUIDs (versions 1, 2 and 6) are a clock reading and a MAC address, not random:
 * generated identifiers. Registries issue random (version 4) UUIDs as legacy tokens.
 */
export function timeUuidReason(value: string): string | undefined {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[126][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(value) ? 'time-based-uuid' : undefined;
}

/**
 * The value of a credential-named HTTP header (`X-Api-Key:`, `Token:`) in a command: the
 * header name is strong context, so hex and UUID keys count, but words, references and
 * placeholders do not.
 */
export function headerValueReason(value: string): string | undefined {
  const reference = referenceReason(value);
  if (reference) return reference;
  const placeholder = placeholderReason(value);
  if (placeholder) return placeholder;
  if (/^[A-Za-z]+(?:[_.-][A-Za-z]+)*$/.test(value)) return 'word-like';
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return 'too-few-character-classes';
  return undefined;
}

/**
 * A base64 value that decodes to `user:password` (HTTP Basic, registry and proxy credentials).
 * Decoded as latin1 so UTF-8 passwords pass; the password must not be a placeholder.
 */
export function base64CredentialReason(value: string): string | undefined {
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || !/^[\x21-\x7e\x80-\xff]{1,200}:[\x20-\x7e\x80-\xff]{4,}$/.test(decoded)) return 'not-user-colon-password';
  return urlPasswordReason(decoded.slice(colon + 1));
}

/**
 * An .npmrc `_authToken`: under a registry-scoped key (`//registry.npmjs.org/:_authToken=`) any UUID,
 * even a time-based one, is the token (legacy npm tokens are UUIDs). Elsewhere, such as a key npm
 * would not read (`registry.npmjs.org/:`, `//host:`), a time-based UUID is more likely a generated id.
 */
export function npmrcTokenReason(secret: string, m: RegExpExecArray, text: string): string | undefined {
  const uuid = timeUuidReason(secret);
  if (!uuid) return undefined;
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  if (m.index - lineStart > 300) return uuid;
  return /^[ \t]*\/\/[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?(?:\/[^\s:/]{1,100}){0,10}\/$/.test(text.slice(lineStart, m.index)) ? undefined : uuid;
}
