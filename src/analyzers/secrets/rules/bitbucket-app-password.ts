import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "bitbucket-app-password",
  title: "Bitbucket app password",
  provider: "Bitbucket",
  what: "A Bitbucket app password",
  prefix: "ATBB",
  body: "[A-Za-z0-9]",
  length: 32,
  suffix: "[A-F0-9]{8}",
  fake: seq("ATBB", [ALNUM, 32], "0A1B2C3D"),
});

export const meta = rule.meta;
