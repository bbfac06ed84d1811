import { keyedRule } from '../engine/rule.js';
import { uuid } from '../engine/fake.js';

export const rule = keyedRule({
  name: "snyk-api-token",
  title: "Snyk API token",
  provider: "Snyk",
  what: "A Snyk API token",
  gitleaks: "snyk-api-token",
  names: ["snyk"],
  value: "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
  fake: uuid(),
});

export const meta = rule.meta;
