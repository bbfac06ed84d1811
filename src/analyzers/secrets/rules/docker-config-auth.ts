import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';

export const rule = patternRule({
  name: "docker-config-auth",
  title: "Docker registry credentials in config.json",
  provider: "the container registry",
  what: "A Docker registry credentials in config.json",
  pattern: "\"auth\"\\s{0,3}:\\s{0,3}\"(?<secret>[A-Za-z0-9+/]{8,400}={0,2})\"",
  keywords: ["\"auth\""],
  minEntropy: 3,
  validate: (s) => { const d = Buffer.from(s, 'base64').toString('utf8'); return /^[\x21-\x7e]{1,200}:[\x20-\x7e]{4,}$/.test(d) ? undefined : 'not-user-colon-password'; },
  noPlaceholderCheck: true,
  fake: (r) => Buffer.from(`robot:${r.chars(ALNUM, 24)}`).toString('base64'),
});

export const meta = rule.meta;
