import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "openshift-user-token",
  title: "OpenShift user token",
  provider: "OpenShift",
  what: "A OpenShift user token",
  gitleaks: "openshift-user-token",
  prefix: "sha256~",
  body: "[A-Za-z0-9_-]",
  length: 43,
  fake: seq("sha256~", [BASE64URL, 43]),
});

export const meta = rule.meta;
