import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "hubspot-private-app-token",
  title: "HubSpot private app access token",
  provider: "HubSpot",
  what: "A HubSpot private app access token",
  gitleaks: "hubspot-api-key",
  prefix: "pat-(?:na|eu)1-",
  body: "[a-f0-9]",
  length: 8,
  keywords: ["pat-na1-","pat-eu1-"],
  suffix: "-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
  minEntropy: 2.5,
  fake: seq('pat-na1-', [HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
});

export const meta = rule.meta;
