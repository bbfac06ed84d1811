import { patternRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = patternRule({
  name: "azure-sas-token",
  title: "Azure shared access signature (SAS) token",
  provider: "Azure",
  what: "A Azure shared access signature (SAS) token",
  pattern: "[?&]sig=(?<secret>[A-Za-z0-9%+/]{40,100}={0,2})(?![A-Za-z0-9%+/=])",
  keywords: ["sig="],
  minEntropy: 4,
  validate: (_s, m, c) => { const w = c.text.slice(Math.max(0, m.index - 400), m.index); return /[?&]sv=\d{4}-\d{2}-\d{2}/.test(w) && /[?&](?:se|sp)=/.test(w) ? undefined : 'not-a-sas-url'; },
  fake: seq([ALNUM, 43], '%3D'),
});

export const meta = rule.meta;
