import { patternRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';
import { npmrcTokenReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "npmrc-auth-token",
  title: "npm registry auth token in .npmrc",
  provider: "the npm registry",
  what: "A npm registry auth token in .npmrc",
  pattern: ":_auth(?:Token)?\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9_+/=.-]{20,200})(?![A-Za-z0-9_+/=.-])",
  keywords: [":_auth"],
  minEntropy: 3,
  validate: (s, m, c) => npmrcTokenReason(s, m, c.text),
  fake: seq([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
});

export const meta = rule.meta;
