import { patternRule } from '../engine/rule.js';
import { seq, BASE64 } from '../engine/fake.js';

export const rule = patternRule({
  name: "azure-storage-account-key",
  title: "Azure storage account key",
  provider: "Azure",
  what: "A Azure storage account key",
  pattern: "[Aa]ccount[Kk]ey\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9+/]{86}==)",
  keywords: ["accountkey"],
  minEntropy: 4,
  fake: seq([BASE64, 86], '=='),
});

export const meta = rule.meta;
