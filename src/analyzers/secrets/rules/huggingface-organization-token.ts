import { prefixedRule } from '../engine/rule.js';
import { seq, ALPHA } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "huggingface-organization-token",
  title: "Hugging Face organization API token",
  provider: "Hugging Face",
  what: "A Hugging Face organization API token",
  gitleaks: "huggingface-organization-api-token",
  prefix: "api_org_",
  body: "[A-Za-z]",
  length: 34,
  minEntropy: 3.5,
  fake: seq("api_org_", [ALPHA, 34]),
});

export const meta = rule.meta;
