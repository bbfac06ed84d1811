import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "flutterwave-secret-key",
  title: "Flutterwave secret key",
  provider: "Flutterwave",
  what: "A Flutterwave secret key",
  gitleaks: "flutterwave-secret-key",
  prefix: "FLWSECK-",
  body: "[a-f0-9]",
  length: 32,
  suffix: "-X",
  fake: seq("FLWSECK-", [HEX, 32], "-X"),
});

export const meta = rule.meta;
