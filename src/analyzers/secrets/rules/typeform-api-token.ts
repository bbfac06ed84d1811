import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "typeform-api-token",
  title: "Typeform personal access token",
  provider: "Typeform",
  what: "A Typeform personal access token",
  gitleaks: "typeform-api-token",
  prefix: "tfp_",
  body: "[A-Za-z0-9_.=-]",
  length: 59,
  fake: seq("tfp_", [BASE64URL, 59]),
});

export const meta = rule.meta;
