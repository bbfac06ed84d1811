import { secretMeta, type Candidate, type DetectContext, type SecretRule } from '../engine/rule.js';
import { BASE64URL, DIGITS } from '../engine/fake.js';
import { screenReason } from '../engine/detect.js';

/**
 * user id (base64 of a decimal snowflake) . timestamp (6) . HMAC (27–38). The only literal
 * is the dots, so the rule runs without a keyword; the look-behind makes every attempt start
 * at the beginning of a token-shaped run, and every repetition is bounded. Base64 of a
 * leading digit is M, N or O. Tokens are also written with a first segment that does not
 * decode (edited, or a newer id encoding), so the exact shape counts on its own too.
 */
const TOKEN = /(?<![A-Za-z0-9_.-])(?<id>[MNO][A-Za-z0-9_-]{23,25})\.(?<ts>[A-Za-z0-9_-]{6})\.(?<hmac>[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/g;

/**
 * Random base64url, not names: the id and the HMAC each mix digits with upper and lower case,
 * and none of the three segments is a run of identifier words (`NotificationServiceClient`).
 */
export function randomShape(id: string, ts: string, hmac: string): boolean {
  const mixed = (s: string) => /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s);
  const words = (s: string) => /^[A-Za-z][a-z]+(?:[A-Z_-][a-z]+)*$/.test(s) || /^[a-z]+(?:[A-Z][a-z]+)+[0-9]{0,3}$/.test(s);
  return mixed(id) && mixed(hmac) && !words(id) && !words(ts) && !words(hmac);
}
const CONTEXT = /discord|bot[_.-]?token/i;

/** The first segment of a real token decodes to the bot's numeric user id (a 17–20 digit snowflake). */
export function decodesToSnowflake(id: string): boolean {
  const decoded = Buffer.from(id, 'base64url').toString('latin1');
  return /^[1-9][0-9]{16,19}$/.test(decoded);
}

function find(context: DetectContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const secret = m[0];
    const rejected = screenReason(secret, secret, { minEntropy: 4 });
    if (rejected) {
      context.filtered(rejected);
      continue;
    }
    const g = m.groups!;
    const snowflake = decodesToSnowflake(g.id!);
    // Without a decodable user id: a Discord name on the same line, or the exact shape of random segments.
    const window = text.slice(Math.max(0, m.index - 200), m.index);
    const line = window.slice(window.lastIndexOf('\n') + 1);
    const named = CONTEXT.test(line);
    if (!snowflake && !named && !randomShape(g.id!, g.ts!, g.hmac!)) {
      context.filtered('no-snowflake-no-context');
      continue;
    }
    out.push({ start: m.index, end: m.index + secret.length, secret, ...(snowflake ? {} : { confidence: 'medium' as const }), properties: { snowflake } });
  }
  return out;
}

export const rule: SecretRule = {
  meta: secretMeta({
    name: 'discord-bot-token',
    title: 'Discord bot token',
    provider: 'Discord',
    what: 'A Discord bot token',
    gitleaks: 'discord-api-token',
  }),
  keywords: [],
  unkeyed: true,
  find,
  fake: (r) => `${Buffer.from(`1${r.chars(DIGITS, 17)}`).toString('base64url')}.${r.chars(BASE64URL, 6)}.${r.chars(BASE64URL, 38)}`,
};

export const meta = rule.meta;
