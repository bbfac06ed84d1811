import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "netlify-pat",
  title: "Netlify personal access token",
  provider: "Netlify",
  what: "A Netlify personal access token",
  prefix: "nfp_",
  body: "[A-Za-z0-9]",
  length: 36,
  fake: seq("nfp_", [ALNUM, 36]),
});

export const meta = rule.meta;
