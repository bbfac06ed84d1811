import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { placeholderReason } from '../../shared/placeholders.js';

export const rule = patternRule({
  name: "basic-auth-header",
  title: "Hard-coded HTTP Basic Authorization header",
  provider: "the API",
  what: "A Hard-coded HTTP Basic Authorization header",
  gitleaks: "curl-auth-header",
  pattern: "[Aa]uthorization[\"']?\\s{0,3}[:=,]\\s{0,3}[\"']?\\s{0,3}Basic\\s{1,3}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])",
  keywords: ["basic "],
  minEntropy: 2.5,
  validate: (s) => { const d = Buffer.from(s, 'base64').toString('latin1'); return /^[\x21-\x7e\x80-\xff]{0,200}:[\x20-\x7e\x80-\xff]{3,}$/.test(d) && !placeholderReason(d.slice(d.indexOf(':') + 1)) ? undefined : 'not-user-colon-password'; },
  noPlaceholderCheck: true,
  fake: (r) => Buffer.from(`svc:${r.chars(ALNUM, 20)}`).toString('base64'),
});

export const meta = rule.meta;
