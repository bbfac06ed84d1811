import { patternRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { curlUserReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "curl-user-api-key",
  title: "API key passed as the curl -u user name",
  provider: "the API",
  what: "An API key passed as the curl user name with an empty password (the Stripe, Mailgun and Elasticsearch style)",
  gitleaks: "curl-auth-user",
  pattern: "curl\\s(?:(?:[^\\n\\\\]|\\\\[\\s\\S]){0,300}?\\s)?(?:-u|--user)\\s{1,3}[\"']?(?<secret>[^\\s:\"'$]{12,128}):[\"']?(?=\\s|$)",
  keywords: ["curl"],
  minEntropy: 3.3,
  validate: (s) => curlUserReason(s),
  noPlaceholderCheck: true,
  fake: seq([ALNUM, 32]),
});

export const meta = rule.meta;
