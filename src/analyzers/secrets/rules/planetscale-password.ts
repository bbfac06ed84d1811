import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "planetscale-password",
  title: "PlanetScale database password",
  provider: "PlanetScale",
  what: "A PlanetScale database password",
  gitleaks: "planetscale-password",
  prefix: "pscale_pw_",
  body: "[A-Za-z0-9_.-]",
  length: [32,64],
  fake: seq("pscale_pw_", [BASE64URL, 43]),
});

export const meta = rule.meta;
