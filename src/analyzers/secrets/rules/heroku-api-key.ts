import { keyedRule } from '../engine/rule.js';
import { uuid } from '../engine/fake.js';

export const rule = keyedRule({
  name: "heroku-api-key",
  title: "Heroku API key",
  provider: "Heroku",
  what: "A Heroku API key",
  gitleaks: "heroku-api-key",
  names: ["heroku"],
  value: "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
  fake: uuid(),
});

export const meta = rule.meta;
