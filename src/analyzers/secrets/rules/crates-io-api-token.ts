import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "crates-io-api-token",
  title: "crates.io API token",
  provider: "crates.io",
  what: "A crates.io API token",
  prefix: "cio",
  body: "[A-Za-z0-9]",
  length: 32,
  minEntropy: 3.5,
  fake: seq("cio", [ALNUM, 32]),
});

export const meta = rule.meta;
