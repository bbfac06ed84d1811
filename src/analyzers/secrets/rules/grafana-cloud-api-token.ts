import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64 } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "grafana-cloud-api-token",
  title: "Grafana Cloud API token",
  provider: "Grafana Cloud",
  what: "A Grafana Cloud API token",
  gitleaks: "grafana-cloud-api-token",
  prefix: "glc_",
  body: "[A-Za-z0-9+/]",
  length: [32,400],
  suffix: "={0,2}",
  fake: seq("glc_", [BASE64, 120]),
});

export const meta = rule.meta;
