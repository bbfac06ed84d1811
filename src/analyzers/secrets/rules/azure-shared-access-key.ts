import { patternRule } from '../engine/rule.js';
import { seq, BASE64 } from '../engine/fake.js';

export const rule = patternRule({
  name: "azure-shared-access-key",
  title: "Azure Service Bus / Event Hubs shared access key",
  provider: "Azure",
  what: "A Azure Service Bus / Event Hubs shared access key",
  pattern: "SharedAccessKey\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9+/]{43}=)",
  keywords: ["sharedaccesskey"],
  minEntropy: 4,
  fake: seq([BASE64, 43], '='),
});

export const meta = rule.meta;
