import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { base64CredentialReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "basic-auth-base64",
  title: "Base64 user:password under an auth key",
  provider: "the service it authenticates to",
  what: "Base64-encoded user:password credentials under a key such as basicAuth or proxy_auth",
  pattern: "(?:auth|Auth|AUTH)[\"']?[ \\t]{0,3}[:=][ \\t]{0,3}[\"']?(?<secret>[A-Za-z0-9+/]{12,400}={0,2})(?![A-Za-z0-9+/=])",
  keywords: ["auth"],
  minEntropy: 2.5,
  validate: (s, m, c) => (m.index > 0 && /[A-Za-z0-9_.-]/.test(c.text[m.index - 1]) ? base64CredentialReason(s) : 'bare-auth-key'),
  noPlaceholderCheck: true,
  fake: (r) => Buffer.from(`svc:${r.chars(ALNUM, 20)}`).toString('base64'),
});

export const meta = rule.meta;
