import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "docker-hub-org-token",
  title: "Docker Hub organization access token",
  provider: "Docker Hub",
  what: "A Docker Hub organization access token",
  prefix: "dckr_oat_",
  body: "[A-Za-z0-9_-]",
  length: 32,
  fake: seq("dckr_oat_", [BASE64URL, 32]),
});

export const meta = rule.meta;
