import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "anthropic-api-key",
  title: "Anthropic API key",
  provider: "Anthropic",
  what: "A Anthropic API key",
  gitleaks: "anthropic-api-key",
  prefix: "sk-ant-api03-",
  body: "[A-Za-z0-9_-]",
  length: 93,
  suffix: "AA",
  verifier: 'anthropic',
  fake: seq("sk-ant-api03-", [BASE64URL, 93], "AA"),
});

export const meta = rule.meta;
