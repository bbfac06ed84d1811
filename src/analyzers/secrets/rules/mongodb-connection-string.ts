import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { urlPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "mongodb-connection-string",
  title: "MongoDB connection string with password",
  provider: "the MongoDB cluster",
  what: "A MongoDB connection string with password",
  confidence: 'high',
  pattern: "(?<![A-Za-z0-9+.-])(?:mongodb(?:\\+srv)?)://(?<user>[^\\s:@/\"'<>`]{0,80}):(?<secret>[^\\s:@/\"'<>`]{3,128})@[A-Za-z0-9._-]{1,253}",
  keywords: ["mongodb"],
  minEntropy: 3,
  validate: (s) => urlPasswordReason(s),
  noPlaceholderCheck: true,
  fake: (r) => `mongodb+srv://admin:${r.chars(ALNUM, 20)}@cluster0.abcde.mongodb.net/prod`,
});

export const meta = rule.meta;
