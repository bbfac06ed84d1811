import { patternRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = patternRule({
  name: "sidekiq-enterprise-credentials",
  title: "Sidekiq Pro/Enterprise gem server credentials",
  provider: "Contribsys (Sidekiq)",
  what: "A Sidekiq Pro/Enterprise gem server credentials",
  gitleaks: "sidekiq-secret",
  pattern: "(?:BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM)[\"']?\\s{0,3}[:=]\\s{0,3}[\"']?(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![A-Za-z0-9])",
  keywords: ["contribsys__com"],
  minEntropy: 2,
  fake: seq([HEX, 8], ':', [HEX, 8]),
});

export const meta = rule.meta;
