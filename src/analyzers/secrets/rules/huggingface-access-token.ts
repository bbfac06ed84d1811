import { prefixedRule } from '../engine/rule.js';
import { seq, ALPHA } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "huggingface-access-token",
  title: "Hugging Face access token",
  provider: "Hugging Face",
  what: "A Hugging Face access token",
  gitleaks: "huggingface-access-token",
  prefix: "hf_",
  body: "[A-Za-z]",
  length: 34,
  minEntropy: 3.5,
  fake: seq("hf_", [ALPHA, 34]),
});

export const meta = rule.meta;
