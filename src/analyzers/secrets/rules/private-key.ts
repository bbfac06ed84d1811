import { secretMeta, type Candidate, type DetectContext, type SecretRule } from '../engine/rule.js';
import { BASE64, seq } from '../engine/fake.js';
import { providerPlaceholderReason } from '../../shared/placeholders.js';

const BEGIN = '-----BEGIN ';
const MAX_BLOCK = 64 * 1024;
/** A closing quote, a concatenation operator, an opening quote; whitespace and newlines around it are bounded. */
const CONCATENATION = /(["'`])[ \t]{0,8}(?:<>|\.\.?|&|\|\||\+\+)[ \t]{0,8}\\?\r?\n?[ \t]{0,40}(["'`])/g;
const KIND = /^(?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP|SSH2 ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?-----/;

/**
 * PEM and PGP private key blocks, also inside JSON strings where newlines are written `\n`.
 * Found with indexOf, not a regex: a block can be kilobytes long, and a hostile file of
 * repeated BEGIN lines must not cost quadratic time, so each search resumes after the last.
 */
function find(context: DetectContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  // Last END search per label: a later BEGIN reuses it, so a flood of BEGIN lines with no END costs one scan, not one per line.
  const lastEnd = new Map<string, number>();
  let from = 0;
  for (;;) {
    const begin = text.indexOf(BEGIN, from);
    if (begin === -1) break;
    const kind = KIND.exec(text.slice(begin + BEGIN.length, begin + BEGIN.length + 40));
    if (!kind) {
      from = begin + BEGIN.length;
      continue;
    }
    const label = kind[0].slice(0, -5);
    const endMarker = `-----END ${label}-----`;
    const bodyStart = begin + BEGIN.length + kind[0].length;
    let end = lastEnd.get(endMarker);
    if (end === undefined || (end !== -1 && end < bodyStart)) {
      end = text.indexOf(endMarker, bodyStart);
      lastEnd.set(endMarker, end);
    }
    if (end === -1 || end - bodyStart > MAX_BLOCK) {
      context.filtered(end === -1 ? 'no-end-marker' : 'block-too-long');
      from = bodyStart;
      continue;
    }
    const raw = text.slice(bodyStart, end);
    // Drop escaped newlines, string concatenation between quoted lines (`"…\n" <>`, `.`, `..`, `&`,
    // `||`, `++`; `+`, `,` and JavaScript's backticks go with the quotes below), header lines (Proc-Type, Comment) and
    // whitespace: what is left must be base64.
    const body = raw
      .replace(/\\r|\\n/g, '\n')
      .replace(CONCATENATION, '$1$2')
      .split(/\r?\n/)
      .filter((l) => !l.includes(':'))
      .join('')
      .replace(/[\s"'`,+]/g, '');
    from = end + endMarker.length;
    if (body.length < 64) {
      context.filtered('body-too-short');
      continue;
    }
    if (!/^[A-Za-z0-9+/=]+$/.test(body)) {
      context.filtered('body-not-base64');
      continue;
    }
    const placeholder = keyBodyReason(body);
    if (placeholder) {
      context.filtered(placeholder);
      continue;
    }
    out.push({ start: begin, end: from, secret: text.slice(begin, from), body, properties: { keyType: label.replace(/-+$/, '').trim() } });
  }
  return out;
}

/**
 * Why a base64 key body is filler, or undefined. Key material is binary: a run of `A` is zero
 * bytes (OpenSSH length fields hold `AAAAAAAAAAAB` in every key), so such runs are read as one
 * character, and filler is what is left when the rest is too short for a key.
 */
export function keyBodyReason(body: string): string | undefined {
  const rest = body.replace(/A{2,}/g, 'A');
  if (rest.length < 64) return 'repeated-characters';
  // A key body runs to thousands of characters, where a four-letter mark (`your`, `xxxx`) turns up
  // by chance in about one real 4096-bit key in 1,300; in a body only longer fill-in marks count.
  if (KEY_FILL_IN.test(rest)) return 'placeholder';
  const reason = providerPlaceholderReason(rest);
  return reason === 'placeholder' ? undefined : reason;
}

const KEY_FILL_IN = /x{6}|X{6}|EXAMPLE|example|PLACEHOLDER|placeholder|REDACTED|redacted|[Yy]our[_-]?(?:[Pp]rivate|[Kk]ey|[Oo]wn)|YOUR[_-]?(?:PRIVATE|KEY|OWN)/;

export const rule: SecretRule = {
  meta: secretMeta({
    name: 'private-key',
    title: 'Private key',
    provider: 'every system that trusts the matching public key',
    what: 'A private key (RSA, EC, DSA, OpenSSH, PKCS#8 or PGP)',
    severity: 'critical',
    cwe: ['CWE-798', 'CWE-321'],
    gitleaks: 'private-key',
    remediation: 'Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers, CAs, deploy keys), and load the private key from a secrets manager or a file outside the repository.',
  }),
  keywords: ['-----begin'],
  find,
  fake: (r) => {
    const lines: string[] = [];
    for (let i = 0; i < 6; i++) lines.push(seq([BASE64, 64])(r));
    return `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`;
  },
};

export const meta = rule.meta;
