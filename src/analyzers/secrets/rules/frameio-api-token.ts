import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "frameio-api-token",
  title: "Frame.io API token",
  provider: "Frame.io",
  what: "A Frame.io API token",
  gitleaks: "frameio-api-token",
  prefix: "fio-u-",
  body: "[A-Za-z0-9_=-]",
  length: 64,
  fake: seq("fio-u-", [BASE64URL, 64]),
});

export const meta = rule.meta;
