import { patternRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { placeholderReason } from '../../shared/placeholders.js';

export const rule = patternRule({
  name: "bearer-token-header",
  title: "Hard-coded bearer token in an Authorization header",
  provider: "the API",
  what: "A Hard-coded bearer token in an Authorization header",
  confidence: 'medium',
  gitleaks: "curl-auth-header",
  pattern: "[Aa]uthorization[\"']?[ \\t]{0,3}[:=,][ \\t]{0,3}[\"']?[ \\t]{0,3}(?:(?:Bearer|Token|token|bearer|Api-Token|ApiKey|Api-Key)[ \\t]{1,3})?(?<secret>[A-Za-z0-9_~+/.=-]{16,500})(?![A-Za-z0-9_~+/.=-])",
  keywords: ["authorization"],
  minEntropy: 3.5,
  validate: (s) => placeholderReason(s) ?? (/^[a-z]+(?:[A-Z][a-z]*)*$/.test(s) ? 'identifier' : undefined),
  keyed: true,
  noPlaceholderCheck: true,
  fake: seq([ALNUM, 40]),
});

export const meta = rule.meta;
