import { keyedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = keyedRule({
  name: "discord-bot-token",
  title: "Discord bot token",
  provider: "Discord",
  what: "A Discord bot token",
  gitleaks: "discord-api-token",
  names: ["discord","bot_token"],
  value: "[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}",
  fake: seq('MT', [BASE64URL, 22], '.', [BASE64URL, 6], '.', [BASE64URL, 38]),
});

export const meta = rule.meta;
