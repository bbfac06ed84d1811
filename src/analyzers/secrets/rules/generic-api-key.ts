import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { genericMatchReason } from '../engine/generic.js';

export const rule = patternRule({
  name: "generic-api-key",
  title: "Hard-coded secret, token or API key",
  provider: "the service it belongs to",
  what: "A secret, token or API key",
  severity: 'high',
  confidence: 'low',
  gitleaks: "generic-api-key",
  pattern: "(?<kw>[Ss][Ee][Cc][Rr][Ee][Tt]|[Tt][Oo][Kk][Ee][Nn]|[Aa][Pp][Ii][_.-]?[Kk][Ee][Yy]|[Aa][Cc][Cc][Ee][Ss][Ss][_.-]?[Kk][Ee][Yy]|[Aa][Uu][Tt][Hh][_.-]?[Kk][Ee][Yy]|[Pp][Rr][Ii][Vv][Aa][Tt][Ee][_.-]?[Kk][Ee][Yy]|[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll])[A-Za-z0-9_.-]{0,30}(?<kq>[\"'\\]]{0,2})[ \\t]{0,3}(?<sep>:=|=>|=|:)(?<sp>[ \\t]{0,3})(?<q>[\"'`]?)(?<secret>[^\\s\"'`,;)\\]}]{10,200})",
  keywords: ["secret","token","api_key","apikey","api-key","api.key","access_key","accesskey","access-key","auth_key","authkey","private_key","privatekey","credential"],
  minEntropy: 3,
  validate: (s, m, c) => genericMatchReason(s, m, c, { minLength: 10, minEntropy: 3.2, minClasses: 2 }),
  generic: true,
  noPlaceholderCheck: true,
  fake: (r) => r.chars(ALNUM, 32),
});

export const meta = rule.meta;
