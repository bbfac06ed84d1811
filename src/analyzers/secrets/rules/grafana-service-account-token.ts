import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "grafana-service-account-token",
  title: "Grafana service account token",
  provider: "Grafana",
  what: "A Grafana service account token",
  gitleaks: "grafana-service-account-token",
  prefix: "glsa_",
  body: "[A-Za-z0-9]",
  length: 32,
  suffix: "_[A-Fa-f0-9]{8}",
  fake: seq('glsa_', [ALNUM, 32], '_', [HEX, 8]),
});

export const meta = rule.meta;
