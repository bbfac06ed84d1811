import { prefixedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "sonarqube-token",
  title: "SonarQube / SonarCloud token",
  provider: "SonarQube",
  what: "A SonarQube / SonarCloud token",
  gitleaks: "sonar-api-token",
  prefix: "(?:squ|sqp|sqa)_",
  body: "[a-f0-9]",
  length: 40,
  keywords: ["squ_","sqp_","sqa_"],
  fake: seq('squ_', [HEX, 40]),
});

export const meta = rule.meta;
