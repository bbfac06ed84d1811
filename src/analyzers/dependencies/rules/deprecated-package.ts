import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/deprecated-package',
  title: 'Deprecated dependency',
  description: 'The registry marks the package (or the pinned version) as deprecated or inactive: it receives no fixes, and its maintainer says to move on.',
  severity: 'low',
  confidence: 'high',
  cwe: ['CWE-1104'],
  owasp: ['A06:2021'],
  remediation: 'Move to the replacement the deprecation message names.',
  references: ['https://docs.npmjs.com/cli/commands/npm-deprecate', 'https://openssf.org/blog/2024/02/01/openssf-malicious-packages/'],
};
