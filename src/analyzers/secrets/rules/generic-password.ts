import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { genericMatchReason } from '../engine/generic.js';

export const rule = patternRule({
  name: "generic-password",
  title: "Hard-coded password",
  provider: "the system it protects",
  what: "A password",
  severity: 'high',
  confidence: 'low',
  gitleaks: "generic-api-key",
  pattern: "(?<kw>[Pp][Aa][Ss][Ss](?:[Ww][Oo]?[Rr][Dd]|[Ww][Dd])?|[Pp][Ww][Dd])[A-Za-z0-9_.-]{0,30}(?<kq>[\"'\\]]{0,2})[ \\t]{0,3}(?<sep>:=|=>|=|:)(?<sp>[ \\t]{0,3})(?<q>[\"'`]?)(?<secret>[^\\s\"'`,;)\\]}]{6,200})",
  keywords: ["pass","pwd"],
  minEntropy: 3,
  validate: (s, m, c) => genericMatchReason(s, m, c, { minLength: 6, minEntropy: 2.5, minClasses: 2 }),
  generic: true,
  noPlaceholderCheck: true,
  fake: (r) => `${r.chars(ALNUM, 10)}!${r.chars(ALNUM, 6)}`,
});

export const meta = rule.meta;
