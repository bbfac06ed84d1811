import { keyedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';
import { genericValueReason } from '../engine/generic.js';

export const rule = keyedRule({
  name: "jwt-signing-secret",
  title: "Hard-coded JWT signing secret",
  provider: "every service that trusts these tokens",
  what: "A JWT signing secret",
  severity: 'high',
  cwe: ["CWE-798","CWE-321"],
  names: ["jwt_secret","jwtsecret","jwt_key","jwt_signing_key","jwt_private_key","secret_key_base","token_secret"],
  value: "[^\\s\"'`]{8,200}",
  minEntropy: 0,
  validate: (s, m, c) => genericValueReason(s, /["'`]$/.test(m[0].slice(0, m[0].length - s.length)), 'jwt_secret', c, { minLength: 8, minEntropy: 3, minClasses: 2 }),
  fake: seq([ALNUM, 32]),
});

export const meta = rule.meta;
