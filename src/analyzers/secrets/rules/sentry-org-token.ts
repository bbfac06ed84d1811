import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "sentry-org-token",
  title: "Sentry organization auth token",
  provider: "Sentry",
  what: "A Sentry organization auth token",
  gitleaks: "sentry-org-token",
  prefix: "sntrys_eyJ",
  body: "[A-Za-z0-9+/=]",
  length: [60,600],
  suffix: "_[A-Za-z0-9+/]{43}",
  fake: seq('sntrys_eyJ', [ALNUM, 120], '_', [ALNUM, 43]),
});

export const meta = rule.meta;
