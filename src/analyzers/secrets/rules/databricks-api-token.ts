import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "databricks-api-token",
  title: "Databricks personal access token",
  provider: "Databricks",
  what: "A Databricks personal access token",
  gitleaks: "databricks-api-token",
  prefix: "dapi",
  body: "[a-f0-9]",
  length: 32,
  suffix: "(?:-[0-9])?",
  fake: seq("dapi", [HEX, 32]),
});

export const meta = rule.meta;
