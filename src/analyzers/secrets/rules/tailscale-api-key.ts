import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "tailscale-api-key",
  title: "Tailscale key",
  provider: "Tailscale",
  what: "A Tailscale key",
  prefix: "tskey-(?:api|auth|client|scim|webhook)-",
  body: "[A-Za-z0-9]",
  length: [10,20],
  keywords: ["tskey-"],
  suffix: "-(?<body>[A-Za-z0-9]{30,40})",
  fake: seq('tskey-api-k', [ALNUM, 12], '-', [ALNUM, 32]),
});

export const meta = rule.meta;
