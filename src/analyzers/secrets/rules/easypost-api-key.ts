import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "easypost-api-key",
  title: "EasyPost API key",
  provider: "EasyPost",
  what: "A EasyPost API key",
  gitleaks: "easypost-api-token",
  prefix: "EZ[AT]K",
  body: "[A-Za-z0-9]",
  length: 54,
  keywords: ["ezak","eztk"],
  fake: seq('EZAK', [ALNUM, 54]),
});

export const meta = rule.meta;
