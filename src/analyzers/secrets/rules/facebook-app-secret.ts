import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "facebook-app-secret",
  title: "Facebook / Meta app secret",
  provider: "Meta",
  what: "A Facebook / Meta app secret",
  gitleaks: "facebook-secret",
  names: ["facebook","fb_app_secret","fb_secret"],
  value: "[a-f0-9]{32}",
  fake: seq([HEX, 32]),
});

export const meta = rule.meta;
