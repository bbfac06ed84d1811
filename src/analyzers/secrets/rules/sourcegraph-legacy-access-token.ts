import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "sourcegraph-legacy-access-token",
  title: "Sourcegraph access token (legacy, unprefixed)",
  provider: "Sourcegraph",
  what: "A Sourcegraph access token (legacy, unprefixed)",
  gitleaks: "sourcegraph-access-token",
  names: ["sourcegraph","src_access_token"],
  value: "[a-fA-F0-9]{40}",
  validate: (s, m) => (/sha|commit|rev|hash|digest|version|ref/i.test(m[0].slice(0, m[0].length - s.length)) ? 'digest-name' : undefined),
  fake: seq([HEX, 40]),
});

export const meta = rule.meta;
