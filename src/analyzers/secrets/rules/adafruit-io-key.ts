import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "adafruit-io-key",
  title: "Adafruit IO key",
  provider: "Adafruit IO",
  what: "A Adafruit IO key",
  gitleaks: "adafruit-api-key",
  prefix: "aio_",
  body: "[A-Za-z0-9]",
  length: 28,
  fake: seq("aio_", [ALNUM, 28]),
});

export const meta = rule.meta;
