import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "google-oauth-client-secret",
  title: "Google OAuth client secret",
  provider: "Google Cloud",
  what: "A Google OAuth client secret",
  prefix: "GOCSPX-",
  body: "[A-Za-z0-9_-]",
  length: 28,
  fake: seq("GOCSPX-", [BASE64URL, 28]),
});

export const meta = rule.meta;
