import { keyedRule } from '../engine/rule.js';
import { uuid } from '../engine/fake.js';

export const rule = keyedRule({
  name: "hubspot-api-key",
  title: "HubSpot API key (legacy hapikey)",
  provider: "HubSpot",
  what: "A HubSpot API key (legacy hapikey)",
  gitleaks: "hubspot-api-key",
  names: ["hubspot","hapikey"],
  value: "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}",
  fake: uuid(),
});

export const meta = rule.meta;
