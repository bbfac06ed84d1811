import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "fastly-api-token",
  title: "Fastly API token",
  provider: "Fastly",
  what: "A Fastly API token",
  gitleaks: "fastly-api-token",
  names: ["fastly"],
  value: "[A-Za-z0-9_-]{32}",
  fake: seq([BASE64URL, 32]),
});

export const meta = rule.meta;
