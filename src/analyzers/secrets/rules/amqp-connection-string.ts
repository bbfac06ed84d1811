import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { urlPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "amqp-connection-string",
  title: "AMQP (RabbitMQ) connection string with password",
  provider: "the message broker",
  what: "A AMQP (RabbitMQ) connection string with password",
  confidence: 'high',
  pattern: "(?<![A-Za-z0-9+.-])(?:amqps?)://(?<user>[^\\s:@/\"'<>`]{0,80}):(?<secret>[^\\s:@/\"'<>`]{3,128})@[A-Za-z0-9._-]{1,253}",
  keywords: ["amqp"],
  minEntropy: 3,
  validate: (s) => urlPasswordReason(s),
  noPlaceholderCheck: true,
  fake: (r) => `amqp://svc:${r.chars(ALNUM, 20)}@mq.internal:5672/vhost`,
});

export const meta = rule.meta;
