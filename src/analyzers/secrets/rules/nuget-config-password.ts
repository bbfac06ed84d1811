import { patternRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { configPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "nuget-config-password",
  title: "Cleartext password in NuGet.config",
  provider: "the NuGet feed",
  what: "A Cleartext password in NuGet.config",
  gitleaks: "nuget-config-password",
  pattern: "<add\\s{1,4}key\\s{0,2}=\\s{0,2}\"(?:ClearText)?Password\"\\s{1,4}value\\s{0,2}=\\s{0,2}\"(?<secret>[^\"]{4,200})\"",
  flags: 'i',
  keywords: ["password"],
  minEntropy: 2.5,
  validate: (s) => configPasswordReason(s),
  noPlaceholderCheck: true,
  fake: seq([ALNUM, 20]),
});

export const meta = rule.meta;
