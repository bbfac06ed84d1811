import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "mandrill-api-key",
  title: "Mailchimp Transactional (Mandrill) API key",
  provider: "Mandrill",
  what: "A Mailchimp Transactional (Mandrill) API key",
  names: ["mandrill"],
  value: "(?:md-)?[A-Za-z0-9_-]{22}",
  fake: seq('md-', [BASE64URL, 22]),
});

export const meta = rule.meta;
