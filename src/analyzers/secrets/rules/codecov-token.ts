import { keyedRule } from '../engine/rule.js';
import { uuid } from '../engine/fake.js';

export const rule = keyedRule({
  name: "codecov-token",
  title: "Codecov upload token",
  provider: "Codecov",
  what: "A Codecov upload token",
  severity: 'medium',
  names: ["codecov"],
  value: "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
  fake: uuid(),
});

export const meta = rule.meta;
