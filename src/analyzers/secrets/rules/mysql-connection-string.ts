import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { urlPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "mysql-connection-string",
  title: "MySQL connection string with password",
  provider: "the MySQL database",
  what: "A MySQL connection string with password",
  confidence: 'high',
  pattern: "(?<![A-Za-z0-9+.-])(?:mysql(?:\\+[a-z0-9]{1,20})?|mariadb)://(?<user>[^\\s:@/\"'<>`]{0,80}):(?<secret>[^\\s:@/\"'<>`]{3,128})@[A-Za-z0-9._-]{1,253}",
  keywords: ["mysql","mariadb"],
  minEntropy: 3,
  validate: (s) => urlPasswordReason(s),
  noPlaceholderCheck: true,
  fake: (r) => `mysql://root:${r.chars(ALNUM, 20)}@10.0.0.5:3306/shop`,
});

export const meta = rule.meta;
