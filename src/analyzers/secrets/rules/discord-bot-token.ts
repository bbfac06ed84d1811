import { secretMeta, type Candidate, type DetectContext, type SecretRule } from '../engine/rule.js';
import { BASE64URL, DIGITS } from '../engine/fake.js';
import { shannonEntropy } from '../engine/entropy.js';
import { isDocumentedExample, providerPlaceholderReason } from '../../shared/placeholders.js';

/**
 * user id (base64 of a decimal snowflake) . timestamp (6) . HMAC (27–38). The only literal
 * is the dots, so the rule runs without a keyword; the look-behind makes every attempt start
 * at the beginning of a token-shaped run, and every repetition is bounded. Base64 of a
 * leading digit pair can only start MT, Mj, Mz, ND, NT, Nj, Nz, OD or OT: requiring that
 * halves the attempts on ordinary code.
 */
const TOKEN = /(?<![A-Za-z0-9_.-])(?<id>(?:M[Tjz]|N[DTjz]|O[DT])[A-Za-z0-9_-]{22,24})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_.-])/g;
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
    if (isDocumentedExample(secret)) {
      context.filtered('documented-example');
      continue;
    }
    const placeholder = providerPlaceholderReason(secret);
    if (placeholder) {
      context.filtered(placeholder);
      continue;
    }
    if (shannonEntropy(secret) < 4) {
      context.filtered('low-entropy');
      continue;
    }
    const snowflake = decodesToSnowflake(m.groups!.id!);
    // Without a decodable user id, only a Discord name on the same line makes the shape a token.
    const window = text.slice(Math.max(0, m.index - 200), m.index);
    const line = window.slice(window.lastIndexOf('\n') + 1);
    const named = CONTEXT.test(line);
    if (!snowflake && !named) {
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
