import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "firebase-cloud-messaging-key",
  title: "Firebase Cloud Messaging server key",
  provider: "Firebase",
  what: "A Firebase Cloud Messaging server key",
  prefix: "AAAA",
  body: "[A-Za-z0-9_-]",
  length: 7,
  keywords: ["aaaa"],
  suffix: ":(?<body>[A-Za-z0-9_-]{140})",
  minEntropy: 2,
  fake: seq('AAAA', [BASE64URL, 7], ':APA91b', [BASE64URL, 134]),
});

export const meta = rule.meta;
