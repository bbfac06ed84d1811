import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { urlPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "redis-connection-string",
  title: "Redis connection string with password",
  provider: "the Redis server",
  what: "A Redis connection string with password",
  confidence: 'high',
  pattern: "(?<![A-Za-z0-9+.-])(?:rediss?)://(?<user>[^\\s:@/\"'<>`]{0,80}):(?<secret>[^\\s:@/\"'<>`]{3,128})@[A-Za-z0-9._-]{1,253}",
  keywords: ["redis"],
  minEntropy: 3,
  validate: (s) => urlPasswordReason(s),
  noPlaceholderCheck: true,
  fake: (r) => `redis://:${r.chars(ALNUM, 20)}@cache.internal:6379/0`,
});

export const meta = rule.meta;
