import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "cloudflare-global-api-key",
  title: "Cloudflare global API key",
  provider: "Cloudflare",
  what: "A Cloudflare global API key",
  gitleaks: "cloudflare-global-api-key",
  names: ["cloudflare","cf_api_key","cf_key"],
  value: "[a-f0-9]{37}",
  fake: seq([HEX, 37]),
});

export const meta = rule.meta;
