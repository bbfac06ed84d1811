import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "cloudflare-origin-ca-key",
  title: "Cloudflare Origin CA key",
  provider: "Cloudflare",
  what: "A Cloudflare Origin CA key",
  gitleaks: "cloudflare-origin-ca-key",
  prefix: "v1\\.0-",
  body: "[a-f0-9]",
  length: 24,
  suffix: "-[a-f0-9]{146}",
  fake: seq('v1.0-', [HEX, 24], '-', [HEX, 146]),
});

export const meta = rule.meta;
