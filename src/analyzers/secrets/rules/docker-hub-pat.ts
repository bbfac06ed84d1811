import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "docker-hub-pat",
  title: "Docker Hub personal access token",
  provider: "Docker Hub",
  what: "A Docker Hub personal access token",
  prefix: "dckr_pat_",
  body: "[A-Za-z0-9_-]",
  length: 27,
  fake: seq("dckr_pat_", [BASE64URL, 27]),
});

export const meta = rule.meta;
