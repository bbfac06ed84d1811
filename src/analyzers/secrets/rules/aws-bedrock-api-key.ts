import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64 } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "aws-bedrock-api-key",
  title: "Amazon Bedrock API key",
  provider: "AWS",
  what: "A Amazon Bedrock API key",
  gitleaks: "aws-amazon-bedrock-api-key-long-lived",
  prefix: "ABSKQmVkcm9ja0FQSUtleS",
  body: "[A-Za-z0-9+/]",
  length: [100,400],
  suffix: "={0,2}",
  fake: seq("ABSKQmVkcm9ja0FQSUtleS", [BASE64, 120]),
});

export const meta = rule.meta;
