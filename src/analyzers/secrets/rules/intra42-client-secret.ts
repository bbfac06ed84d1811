import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "intra42-client-secret",
  title: "42 Intra API client secret",
  provider: "42 (Intra)",
  what: "A 42 Intra API client secret",
  gitleaks: "intra42-client-secret",
  prefix: "s-s4t2(?:ud|af)-",
  body: "[a-f0-9]",
  length: 64,
  keywords: ["s-s4t2ud-","s-s4t2af-"],
  fake: seq('s-s4t2ud-', [HEX, 64]),
});

export const meta = rule.meta;
