import { patternRule } from '../engine/rule.js';
import { seq, BASE64URL, DIGITS } from '../engine/fake.js';

export const rule = patternRule({
  name: "telegram-bot-token",
  title: "Telegram bot token",
  provider: "Telegram",
  what: "A Telegram bot token",
  gitleaks: "telegram-bot-api-token",
  pattern: "(?<![A-Za-z0-9])(?<secret>[0-9]{8,10}:AA(?<body>[A-Za-z0-9_-]{33}))(?![A-Za-z0-9_-])",
  keywords: [":aa"],
  minEntropy: 3,
  fake: seq([DIGITS, 10], ':AA', [BASE64URL, 33]),
});

export const meta = rule.meta;
