import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/typosquat',
  title: 'Dependency name imitates a popular package',
  description: 'The name is one typo, separator, affix or scope away from a far more popular package, and is itself unpopular: a classic typosquat.',
  severity: 'high',
  confidence: 'medium',
  cwe: ['CWE-1357'],
  owasp: ['A06:2021'],
  equivalents: [],
  remediation: 'Check the name; if you meant the popular package, use its exact name.',
  references: ['https://snyk.io/blog/typosquatting-attacks/'],
};
