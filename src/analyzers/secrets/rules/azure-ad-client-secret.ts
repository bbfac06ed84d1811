import { patternRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = patternRule({
  name: "azure-ad-client-secret",
  title: "Azure AD (Entra ID) client secret",
  provider: "Azure",
  what: "A Azure AD (Entra ID) client secret",
  gitleaks: "azure-ad-client-secret",
  pattern: "(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])",
  keywords: ["q~"],
  minEntropy: 3.5,
  fake: seq([ALNUM, 3], '8Q~', [ALNUM, 34]),
});

export const meta = rule.meta;
