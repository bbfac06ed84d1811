import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "google-oauth-access-token",
  title: "Google OAuth access token",
  provider: "Google Cloud",
  what: "A Google OAuth access token",
  severity: 'medium',
  prefix: "ya29\\.",
  body: "[0-9A-Za-z_-]",
  length: [30,300],
  fake: seq("ya29.", [BASE64URL, 120]),
});

export const meta = rule.meta;
