import { prefixedRule } from '../engine/rule.js';
import { seq, UPPER_NUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "octopus-deploy-api-key",
  title: "Octopus Deploy API key",
  provider: "Octopus Deploy",
  what: "A Octopus Deploy API key",
  gitleaks: "octopus-deploy-api-key",
  prefix: "API-",
  body: "[A-Z0-9]",
  length: 26,
  minEntropy: 3.5,
  validate: (s) => (/[0-9]/.test(s.slice(4)) ? undefined : 'no-digits'),
  fake: seq("API-", [UPPER_NUM, 26]),
});

export const meta = rule.meta;
