import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "lob-api-key",
  title: "Lob API key",
  provider: "Lob",
  what: "A Lob API key",
  gitleaks: "lob-api-key",
  prefix: "(?:live|test)_",
  body: "[a-f0-9]",
  length: 35,
  keywords: ["live_","test_"],
  minEntropy: 3.3,
  fake: seq('live_', [HEX, 35]),
});

export const meta = rule.meta;
