import { patternRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { placeholderReason } from '../../shared/placeholders.js';

export const rule = patternRule({
  name: "jwt-sign-literal-secret",
  title: "JWT signed with a literal secret",
  provider: "every service that trusts these tokens",
  what: "A JWT signing secret",
  cwe: ["CWE-798","CWE-321"],
  pattern: "jwt\\.sign\\([^,)]{1,200},\\s{0,4}[\"'`](?<secret>[^\"'`\\s]{6,200})[\"'`]",
  keywords: ["jwt.sign("],
  minEntropy: 2.5,
  validate: (s) => placeholderReason(s),
  noPlaceholderCheck: true,
  fake: seq([ALNUM, 24]),
});

export const meta = rule.meta;
