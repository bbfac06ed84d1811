import { patternRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = patternRule({
  name: "gcp-service-account-key",
  title: "Google Cloud service account key",
  provider: "Google Cloud",
  what: "A Google Cloud service account key",
  gitleaks: "gcp-service-account",
  pattern: "\"private_key_id\"\\s{0,4}:\\s{0,4}\"(?<secret>[a-f0-9]{40})\"",
  keywords: ["private_key_id"],
  minEntropy: 3,
  validate: (_s, _m, c) => (c.text.includes('service_account') ? undefined : 'not-a-service-account'),
  fake: seq([HEX, 40]),
});

export const meta = rule.meta;
