import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "digitalocean-pat",
  title: "DigitalOcean personal access token",
  provider: "DigitalOcean",
  what: "A DigitalOcean personal access token",
  gitleaks: "digitalocean-pat",
  prefix: "dop_v1_",
  body: "[a-f0-9]",
  length: 64,
  fake: seq("dop_v1_", [HEX, 64]),
});

export const meta = rule.meta;
