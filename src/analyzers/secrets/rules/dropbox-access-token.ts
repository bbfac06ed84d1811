import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "dropbox-access-token",
  title: "Dropbox access token",
  provider: "Dropbox",
  what: "A Dropbox access token",
  gitleaks: "dropbox-short-lived-api-token",
  prefix: "sl\\.",
  body: "[A-Za-z0-9_-]",
  length: [130,1400],
  keywords: ["sl."],
  minEntropy: 4,
  fake: seq("sl.", [BASE64URL, 138]),
});

export const meta = rule.meta;
