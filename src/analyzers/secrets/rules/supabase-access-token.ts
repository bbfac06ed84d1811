import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "supabase-access-token",
  title: "Supabase personal access token",
  provider: "Supabase",
  what: "A Supabase personal access token",
  prefix: "sbp_",
  body: "[a-f0-9]",
  length: 40,
  fake: seq("sbp_", [HEX, 40]),
});

export const meta = rule.meta;
