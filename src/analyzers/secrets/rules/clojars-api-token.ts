import { prefixedRule } from '../engine/rule.js';
import { seq, LOWER_NUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "clojars-api-token",
  title: "Clojars deploy token",
  provider: "Clojars",
  what: "A Clojars deploy token",
  gitleaks: "clojars-api-token",
  prefix: "CLOJARS_",
  body: "[a-z0-9]",
  length: 60,
  fake: seq("CLOJARS_", [LOWER_NUM, 60]),
});

export const meta = rule.meta;
