import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "cloudflare-api-token",
  title: "Cloudflare API token",
  provider: "Cloudflare",
  what: "A Cloudflare API token",
  gitleaks: "cloudflare-api-key",
  names: ["cloudflare","cf_api_token","cf_token"],
  value: "[A-Za-z0-9_-]{40}",
  fake: seq([BASE64URL, 40]),
});

export const meta = rule.meta;
