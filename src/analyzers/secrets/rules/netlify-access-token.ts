import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "netlify-access-token",
  title: "Netlify access token (legacy)",
  provider: "Netlify",
  what: "A Netlify access token (legacy)",
  gitleaks: "netlify-access-token",
  names: ["netlify"],
  value: "[A-Za-z0-9_-]{40,46}",
  fake: seq([BASE64URL, 43]),
});

export const meta = rule.meta;
