import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "mailgun-api-key",
  title: "Mailgun API key",
  provider: "Mailgun",
  what: "A Mailgun API key",
  gitleaks: "mailgun-private-api-token",
  names: ["mailgun"],
  value: "(?:key-[a-f0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})",
  fake: seq('key-', [HEX, 32]),
});

export const meta = rule.meta;
