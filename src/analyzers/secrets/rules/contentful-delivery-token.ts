import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "contentful-delivery-token",
  title: "Contentful personal access token",
  provider: "Contentful",
  what: "A Contentful personal access token",
  gitleaks: "contentful-delivery-api-token",
  prefix: "CFPAT-",
  body: "[A-Za-z0-9_-]",
  length: 43,
  fake: seq("CFPAT-", [BASE64URL, 43]),
});

export const meta = rule.meta;
