import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "supabase-service-role-key",
  title: "Supabase service_role JWT",
  provider: "Supabase",
  what: "A Supabase service_role JWT",
  names: ["service_role","supabase_service","supabase_key"],
  value: "eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{20,200}",
  minEntropy: 4,
  fake: seq('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ', [BASE64URL, 80], '.', [BASE64URL, 43]),
});

export const meta = rule.meta;
