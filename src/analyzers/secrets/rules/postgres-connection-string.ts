import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { urlPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "postgres-connection-string",
  title: "PostgreSQL connection string with password",
  provider: "the PostgreSQL database",
  what: "A PostgreSQL connection string with password",
  confidence: 'high',
  pattern: "(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?(?:\\+[a-z0-9]{1,20})?)://(?<user>[^\\s:@/\"'<>`]{0,80}):(?<secret>[^\\s:@/\"'<>`]{3,128})@[A-Za-z0-9._-]{1,253}",
  keywords: ["postgres"],
  minEntropy: 3,
  validate: (s) => urlPasswordReason(s),
  noPlaceholderCheck: true,
  fake: (r) => `postgres://app:${r.chars(ALNUM, 20)}@db.internal:5432/app`,
});

export const meta = rule.meta;
