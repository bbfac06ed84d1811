import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "okta-api-token",
  title: "Okta API token",
  provider: "Okta",
  what: "A Okta API token",
  gitleaks: "okta-access-token",
  names: ["okta"],
  value: "00[A-Za-z0-9_-]{40}",
  minEntropy: 3.5,
  fake: seq('00', [BASE64URL, 40]),
});

export const meta = rule.meta;
