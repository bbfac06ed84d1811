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
