import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/nonexistent-package',
  title: 'Dependency that does not exist in its registry',
  description: 'The declared package is not in the registry name index. AI assistants invent package names; attackers register them ("slopsquatting"). Until someone registers it, the install fails; after, it installs their code.',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-1357'],
  owasp: ['A06:2021'],
  equivalents: [],
  remediation: 'Check the name against the registry and the project documentation; use the real package.',
  references: ['https://arxiv.org/abs/2406.10279'],
};
