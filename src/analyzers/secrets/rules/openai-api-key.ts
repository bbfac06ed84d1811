import { patternRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = patternRule({
  name: "openai-api-key",
  title: "OpenAI API key",
  provider: "OpenAI",
  what: "A OpenAI API key",
  gitleaks: "openai-api-key",
  pattern: "(?<![A-Za-z0-9_-])(?<secret>sk-(?:proj-|svcacct-|admin-)?(?<body>[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}))(?![A-Za-z0-9_-])",
  keywords: ["t3blbkfj"],
  minEntropy: 3,
  verifier: 'openai',
  fake: seq('sk-proj-', [BASE64URL, 58], 'T3BlbkFJ', [BASE64URL, 58]),
});

export const meta = rule.meta;
