import { prefixedRule } from '../engine/rule.js';
import { seq, ALNUM } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "artifactory-api-key",
  title: "JFrog Artifactory API key",
  provider: "JFrog Artifactory",
  what: "A JFrog Artifactory API key",
  gitleaks: "artifactory-api-key",
  prefix: "AKCp",
  body: "[A-Za-z0-9]",
  length: 69,
  fake: seq("AKCp", [ALNUM, 69]),
});

export const meta = rule.meta;
