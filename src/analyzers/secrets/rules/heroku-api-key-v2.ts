import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "heroku-api-key-v2",
  title: "Heroku platform API key (HRKU)",
  provider: "Heroku",
  what: "A Heroku platform API key (HRKU)",
  gitleaks: "heroku-api-key-v2",
  prefix: "HRKU-AA",
  body: "[0-9A-Za-z_-]",
  length: 58,
  fake: seq("HRKU-AA", [BASE64URL, 58]),
});

export const meta = rule.meta;
