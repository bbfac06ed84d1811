import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "planetscale-token",
  title: "PlanetScale service token",
  provider: "PlanetScale",
  what: "A PlanetScale service token",
  gitleaks: "planetscale-api-token",
  prefix: "pscale_tkn_",
  body: "[A-Za-z0-9_.-]",
  length: [32,64],
  fake: seq("pscale_tkn_", [BASE64URL, 43]),
});

export const meta = rule.meta;
