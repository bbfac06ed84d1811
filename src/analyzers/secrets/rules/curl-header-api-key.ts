import { patternRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';
import { headerValueReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "curl-header-api-key",
  title: "API key in a curl request header",
  provider: "the API",
  what: "An API key or token sent in a credential-named curl header (X-Api-Key, Token, Private-Token)",
  confidence: 'medium',
  gitleaks: "curl-auth-header",
  pattern: "curl\\s(?:(?:[^\\n\\\\]|\\\\[\\s\\S]){0,300}?\\s)?(?:-H|--header)\\s{1,3}[\"']?(?:[a-z0-9]{1,20}-){0,3}(?:api-?key|api-?secret|secret|(?:auth-|access-|private-|api-|session-)?token)\\s{0,2}:\\s{0,3}(?<secret>[A-Za-z0-9_~+/.=-]{12,500})(?![A-Za-z0-9_~+/.=-])",
  flags: 'i',
  keywords: ["curl"],
  minEntropy: 2.5,
  validate: (s) => headerValueReason(s),
  keyed: true,
  noPlaceholderCheck: true,
  fake: seq([HEX, 32]),
});

export const meta = rule.meta;
