import { prefixedRule } from '../engine/rule.js';
import { seq, LOWER_NUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "nuget-api-key",
  title: "NuGet API key",
  provider: "NuGet",
  what: "A NuGet API key",
  prefix: "oy2",
  body: "[a-z0-9]",
  length: 43,
  fake: seq("oy2", [LOWER_NUM, 43]),
});

export const meta = rule.meta;
