import { patternRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = patternRule({
  name: "sidekiq-sensitive-url",
  title: "Sidekiq Pro/Enterprise gem server URL with credentials",
  provider: "Contribsys (Sidekiq)",
  what: "Sidekiq Pro/Enterprise license credentials in a gem source URL",
  gitleaks: "sidekiq-sensitive-url",
  pattern: "(?<![A-Za-z0-9+.-])https?://(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?![A-Za-z0-9.-])",
  keywords: ["contribsys.com"],
  minEntropy: 2,
  fake: seq([HEX, 8], ':', [HEX, 8]),
});

export const meta = rule.meta;
