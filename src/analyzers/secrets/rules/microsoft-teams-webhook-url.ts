import { patternRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = patternRule({
  name: "microsoft-teams-webhook-url",
  title: "Microsoft Teams incoming webhook URL",
  provider: "Microsoft Teams",
  what: "A Microsoft Teams incoming webhook URL",
  gitleaks: "microsoft-teams-webhook",
  pattern: "(?<secret>https://[a-z0-9-]{1,63}\\.webhook\\.office\\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/(?<body>[a-f0-9]{32})/[a-f0-9-]{36})",
  keywords: ["webhook.office.com"],
  minEntropy: 3,
  fake: seq('https://contoso.webhook.office.com/webhookb2/', [HEX, 8], '-1111-4222-8333-', [HEX, 12], '@', [HEX, 8], '-1111-4222-8333-', [HEX, 12], '/IncomingWebhook/', [HEX, 32], '/', [HEX, 8], '-1111-4222-8333-', [HEX, 12]),
});

export const meta = rule.meta;
