import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/new-package',
  title: 'Dependency first published less than 30 days ago',
  description: "The package's first release is under 30 days old. Most malicious packages are removed within days of publication; a brand-new name, especially one an assistant suggested, has had no time to be vetted.",
  severity: 'medium',
  confidence: 'medium',
  cwe: ['CWE-1357'],
  owasp: ['A06:2021'],
  remediation: 'Wait, or review the package source and maintainer before depending on it.',
  references: ['https://docs.npmjs.com/cli/commands/npm-deprecate', 'https://openssf.org/blog/2024/02/01/openssf-malicious-packages/'],
};
