import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "doppler-token",
  title: "Doppler service token",
  provider: "Doppler",
  what: "A Doppler service token",
  gitleaks: "doppler-api-token",
  prefix: "dp\\.(?:pt|st|sa|ct|scim|audit)\\.",
  body: "[A-Za-z0-9]",
  length: [40,44],
  keywords: ["dp.pt.","dp.st.","dp.sa.","dp.ct.","dp.scim.","dp.audit."],
  fake: seq('dp.st.', [ALNUM, 43]),
});

export const meta = rule.meta;
