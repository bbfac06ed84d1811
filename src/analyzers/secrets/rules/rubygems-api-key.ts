import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "rubygems-api-key",
  title: "RubyGems API key",
  provider: "RubyGems",
  what: "A RubyGems API key",
  gitleaks: "rubygems-api-token",
  prefix: "rubygems_",
  body: "[a-f0-9]",
  length: 48,
  fake: seq("rubygems_", [HEX, 48]),
});

export const meta = rule.meta;
