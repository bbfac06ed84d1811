import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "supabase-secret-key",
  title: "Supabase secret API key",
  provider: "Supabase",
  what: "A Supabase secret API key",
  prefix: "sb_secret_",
  body: "[A-Za-z0-9_-]",
  length: [31,64],
  fake: seq("sb_secret_", [BASE64URL, 31]),
});

export const meta = rule.meta;
