import { createHash } from 'node:crypto';
import { secretRules } from '../analyzers/secrets/rules/index.js';
import { withGithubChecksum } from '../analyzers/secrets/engine/checksum.js';
import { unicodeGenerators } from '../analyzers/ai/fake-unicode.js';

/**
 * Test-time secret generators for fixtures: `{{fake:NAME}}` in a fixture becomes a
 * well-formed, random-looking token, so realistic secrets never sit in the repository.
 * Output is deterministic per (fixture, occurrence) so failures reproduce.
 */
export type Generator = (random: RandomSource) => string;

export class RandomSource {
  private counter = 0;
  constructor(private readonly seed: string) {}

  bytes(n: number): Buffer {
    const out: Buffer[] = [];
    let total = 0;
    while (total < n) {
      const block = createHash('sha256').update(`${this.seed}:${this.counter++}`).digest();
      out.push(block);
      total += block.length;
    }
    return Buffer.concat(out).subarray(0, n);
  }

  /** n characters from the alphabet. */
  chars(alphabet: string, n: number): string {
    const b = this.bytes(n);
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[b[i]! % alphabet.length];
    return s;
  }
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';

/** Generators by name. Analyzers' rules register theirs in `extraGenerators` below. */
export const generators: Record<string, Generator> = {
  hex32: (r) => r.chars(HEX, 32),
  hex40: (r) => r.chars(HEX, 40),
  hex64: (r) => r.chars(HEX, 64),
  alnum16: (r) => r.chars(ALNUM, 16),
  alnum24: (r) => r.chars(ALNUM, 24),
  alnum32: (r) => r.chars(ALNUM, 32),
  alnum40: (r) => r.chars(ALNUM, 40),
  password: (r) => `${r.chars(ALNUM, 10)}!${r.chars(ALNUM, 6)}`,
};

export function registerGenerators(more: Record<string, Generator>): void {
  Object.assign(generators, more);
}

const PLACEHOLDER = /\{\{fake:([a-z0-9-]+)\}\}/g;

export function expandPlaceholders(text: string, seed: string): string {
  const random = new RandomSource(seed);
  return text.replace(PLACEHOLDER, (_all, name: string) => {
    const generate = generators[name];
    if (!generate) throw new Error(`unknown fake secret generator "${name}" (known: ${Object.keys(generators).sort().join(', ')})`);
    return generate(random);
  });
}

/** A source that always yields the first character of the alphabet: a well-formed but obviously fake value. */
class ConstantSource extends RandomSource {
  override bytes(n: number): Buffer {
    return Buffer.alloc(n);
  }
  override chars(alphabet: string, n: number): string {
    return alphabet[0]!.repeat(n);
  }
}

// Secrets rules: `{{fake:<rule>}}` (valid shape), `{{fake:<rule>-placeholder}}` (valid shape, repeated
// filler the placeholder filter must drop) and, for checksummed formats, `{{fake:<rule>-badchecksum}}`.
for (const rule of secretRules) {
  const name = rule.meta.id.slice('secrets/'.length);
  generators[name] = rule.fake;
  generators[`${name}-placeholder`] = () => rule.fake(new ConstantSource('placeholder'));
}
const CHECKSUMMED: Record<string, string> = {
  'github-pat': 'ghp_', 'github-oauth-token': 'gho_', 'github-user-to-server-token': 'ghu_',
  'github-server-to-server-token': 'ghs_', 'github-refresh-token': 'ghr_', 'npm-access-token': 'npm_',
};
for (const [name, prefix] of Object.entries(CHECKSUMMED)) {
  generators[name] = (r) => withGithubChecksum(prefix, r.chars(ALNUM, 30));
  generators[`${name}-badchecksum`] = (r) => {
    const valid = withGithubChecksum(prefix, r.chars(ALNUM, 30));
    const last = valid.at(-1) === 'A' ? 'B' : 'A';
    return valid.slice(0, -1) + last;
  };
}
// Discord-shaped, but the first segment is not a base64 user id: a token only next to a Discord name.
generators['discord-bot-token-nosnowflake'] = (r) => `MT${r.chars(ALNUM, 22)}.${r.chars(ALNUM, 6)}.${r.chars(ALNUM, 30)}`;
// A Kubernetes dockerconfigjson Secret value: base64 of a registry config whose auth is base64 of user:token.
generators['kubernetes-dockerconfigjson'] = (r) =>
  Buffer.from(JSON.stringify({ auths: { 'registry.internal.example.net': { auth: Buffer.from(`ci:${r.chars(ALNUM, 32)}`).toString('base64') } } })).toString('base64');
// Slack tokens whose workspace and user ids are repetitive or sequential: only the last segment is secret.
generators['slack-bot-token-sequential-id'] = (r) => `xoxb-123456789012-${r.chars(ALNUM, 24)}`;
generators['slack-legacy-token-repetitive-ids'] = (r) => `xoxa-511111111-31111111111-3111111111111-${r.chars(HEX, 18)}`;
// A time-based (version 1) UUID: a legacy npm token when it is an .npmrc _authToken.
generators['uuid-v1'] = (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-1${r.chars(HEX, 3)}-9${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`;
// A PEM key written as quoted lines joined by a concatenation operator (Elixir `<>`, PHP `.`, Lua `..`).
for (const [name, op] of [['private-key-concat-elixir', '<>'], ['private-key-concat-php', '.'], ['private-key-concat-lua', '..']] as const) {
  generators[name] = (r) => generators['private-key']!(r).split('\n').map((l) => `"${l}\\n"`).join(` ${op}\n    `);
}
// A base64-encoded JSON credential document (a client id and secret), as CI variables often hold.
generators['generic-encoded-json'] = (r) => Buffer.from(JSON.stringify({ client_id: 'svc-reporting', client_secret: r.chars(ALNUM, 32) })).toString('base64');
// An OpenSSH-format key (openssh-key-v1, unencrypted ed25519): its length fields are zero bytes, runs of `A` in base64.
generators['private-key-openssh'] = (r) => {
  const u32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const str = (b: Buffer | string) => Buffer.concat([u32(Buffer.byteLength(b)), Buffer.from(b)]);
  const pub = r.bytes(32);
  const check = r.bytes(4);
  const publicBlob = Buffer.concat([str('ssh-ed25519'), str(pub)]);
  const secret = Buffer.concat([check, check, publicBlob, str(Buffer.concat([r.bytes(32), pub])), str('deploy@ci'), Buffer.from([1, 2, 3])]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(publicBlob), str(secret)]);
  const lines = blob.toString('base64').match(/.{1,70}/g)!;
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
};
// Sidekiq credentials whose halves each have 8 distinct hex digits: random enough for the URL-password rule too.
generators['sidekiq-distinct-hex'] = (r) => {
  const half = () => [...r.bytes(16)].map((b, i) => [b, HEX[i]!] as const).sort((a, b) => a[0] - b[0]).slice(0, 8).map(([, c]) => c).join('');
  return `${half()}:${half()}`;
};
// JavaScript template literals joined with `+`.
generators['private-key-concat-js'] = (r) => generators['private-key']!(r).split('\n').map((l) => `\`${l}\\n\``).join(' +\n  ');
generators['private-key-json'] = (r) => generators['private-key']!(r).replace(/\n/g, '\\n');
// Agent-config rules: invisible Unicode payloads, built only when a fixture is materialised.
Object.assign(generators, unicodeGenerators);
