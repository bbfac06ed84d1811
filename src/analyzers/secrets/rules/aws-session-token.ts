import { keyedRule } from '../engine/rule.js';
import { seq, BASE64 } from '../engine/fake.js';

export const rule = keyedRule({
  name: "aws-session-token",
  title: "AWS session token",
  provider: "AWS",
  what: "A AWS session token",
  severity: 'high',
  names: ["aws_session_token","aws-session-token","awssessiontoken"],
  value: "[A-Za-z0-9/+=]{100,1200}",
  minEntropy: 4,
  fake: seq('IQoJb3JpZ2luX2Vj', [BASE64, 300]),
});

export const meta = rule.meta;
