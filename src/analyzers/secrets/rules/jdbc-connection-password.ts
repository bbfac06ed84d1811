import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { urlPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "jdbc-connection-password",
  title: "Password in a JDBC connection string",
  provider: "the database",
  what: "A Password in a JDBC connection string",
  pattern: "jdbc:[a-z0-9]{2,20}:[^\\s\"'`]{0,200}?[;?&:]password=(?<secret>[^\\s;&\"'`]{3,128})",
  flags: 'i',
  keywords: ["jdbc:"],
  minEntropy: 3,
  validate: (s) => urlPasswordReason(s),
  noPlaceholderCheck: true,
  fake: (r) => `jdbc:sqlserver://db.internal:1433;databaseName=shop;user=sa;password=${r.chars(ALNUM, 18)}`,
});

export const meta = rule.meta;
