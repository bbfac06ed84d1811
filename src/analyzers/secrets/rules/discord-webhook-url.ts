import { patternRule } from '../engine/rule.js';
import { seq, BASE64URL, DIGITS } from '../engine/fake.js';

export const rule = patternRule({
  name: "discord-webhook-url",
  title: "Discord webhook URL",
  provider: "Discord",
  what: "A Discord webhook URL",
  pattern: "(?<secret>https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/(?<body>[A-Za-z0-9_-]{60,72}))(?![A-Za-z0-9_-])",
  keywords: ["discord.com/api/webhooks","discordapp.com/api/webhooks"],
  minEntropy: 3,
  fake: seq('https://discord.com/api/webhooks/', [DIGITS, 19], '/', [BASE64URL, 68]),
});

export const meta = rule.meta;
