import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "digitalocean-refresh-token",
  title: "DigitalOcean refresh token",
  provider: "DigitalOcean",
  what: "A DigitalOcean refresh token",
  gitleaks: "digitalocean-refresh-token",
  prefix: "dor_v1_",
  body: "[a-f0-9]",
  length: 64,
  fake: seq("dor_v1_", [HEX, 64]),
});

export const meta = rule.meta;
