import { patternRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { curlPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "curl-basic-auth",
  title: "Password in a curl -u argument",
  provider: "the API",
  what: "A Password in a curl -u argument",
  gitleaks: "curl-auth-user",
  pattern: "curl\\s(?:(?:[^\\n\\\\]|\\\\[\\s\\S]){0,300}?\\s)?(?:-u|--user)\\s{1,3}[\"']?[^\\s:\"']{0,80}[\"']?:[\"']?(?<secret>[^\\s\"']{3,128})[\"']?(?=\\s|$)",
  keywords: ["curl"],
  minEntropy: 2,
  validate: (s) => curlPasswordReason(s),
  noPlaceholderCheck: true,
  fake: seq([ALNUM, 16]),
});

export const meta = rule.meta;
