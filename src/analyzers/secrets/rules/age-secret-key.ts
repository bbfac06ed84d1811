import { prefixedRule } from '../engine/rule.js';
import { seq } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "age-secret-key",
  title: "age encryption secret key",
  provider: "age",
  what: "A age encryption secret key",
  gitleaks: "age-secret-key",
  prefix: "AGE-SECRET-KEY-1",
  body: "[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]",
  length: 58,
  fake: seq("AGE-SECRET-KEY-1", ['QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58]),
});

export const meta = rule.meta;
