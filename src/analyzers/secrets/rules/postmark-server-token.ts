import { keyedRule } from '../engine/rule.js';
import { uuid } from '../engine/fake.js';

export const rule = keyedRule({
  name: "postmark-server-token",
  title: "Postmark server token",
  provider: "Postmark",
  what: "A Postmark server token",
  names: ["postmark"],
  value: "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
  fake: uuid(),
});

export const meta = rule.meta;
