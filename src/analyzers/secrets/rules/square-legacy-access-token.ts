import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "square-legacy-access-token",
  title: "Square access token (legacy sq0atp)",
  provider: "Square",
  what: "A Square access token (legacy sq0atp)",
  gitleaks: "square-access-token",
  prefix: "sq0atp-",
  body: "[A-Za-z0-9_-]",
  length: 22,
  fake: seq("sq0atp-", [BASE64URL, 22]),
});

export const meta = rule.meta;
