import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64 } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "onepassword-service-account-token",
  title: "1Password service account token",
  provider: "1Password",
  what: "A 1Password service account token",
  gitleaks: "1password-service-account-token",
  prefix: "ops_eyJ",
  body: "[A-Za-z0-9+/]",
  length: [250,2000],
  suffix: "={0,3}",
  fake: seq("ops_eyJ", [BASE64, 300]),
});

export const meta = rule.meta;
