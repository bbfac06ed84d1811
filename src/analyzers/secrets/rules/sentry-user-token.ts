import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "sentry-user-token",
  title: "Sentry user auth token",
  provider: "Sentry",
  what: "A Sentry user auth token",
  gitleaks: "sentry-user-token",
  prefix: "sntryu_",
  body: "[a-f0-9]",
  length: 64,
  fake: seq("sntryu_", [HEX, 64]),
});

export const meta = rule.meta;
