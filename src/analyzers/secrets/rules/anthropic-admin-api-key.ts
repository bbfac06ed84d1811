import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "anthropic-admin-api-key",
  title: "Anthropic Admin API key",
  provider: "Anthropic",
  what: "A Anthropic Admin API key",
  gitleaks: "anthropic-admin-api-key",
  prefix: "sk-ant-admin01-",
  body: "[A-Za-z0-9_-]",
  length: 93,
  suffix: "AA",
  verifier: 'anthropic',
  fake: seq("sk-ant-admin01-", [BASE64URL, 93], "AA"),
});

export const meta = rule.meta;
