import { patternRule } from '../engine/rule.js';
import { seq, ALNUM, BASE64URL } from '../engine/fake.js';

export const rule = patternRule({
  name: "terraform-cloud-token",
  title: "Terraform Cloud / Enterprise API token",
  provider: "HashiCorp Terraform Cloud",
  what: "A Terraform Cloud / Enterprise API token",
  gitleaks: "hashicorp-tf-api-token",
  pattern: "(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\\.atlasv1\\.(?<body>[A-Za-z0-9_=-]{60,70}))(?![A-Za-z0-9_=-])",
  keywords: ["atlasv1"],
  minEntropy: 3,
  fake: seq([ALNUM, 14], '.atlasv1.', [BASE64URL, 67]),
});

export const meta = rule.meta;
