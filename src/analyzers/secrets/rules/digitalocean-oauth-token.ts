import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "digitalocean-oauth-token",
  title: "DigitalOcean OAuth token",
  provider: "DigitalOcean",
  what: "A DigitalOcean OAuth token",
  gitleaks: "digitalocean-access-token",
  prefix: "doo_v1_",
  body: "[a-f0-9]",
  length: 64,
  fake: seq("doo_v1_", [HEX, 64]),
});

export const meta = rule.meta;
