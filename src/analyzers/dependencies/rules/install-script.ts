import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/install-script',
  title: 'Dependency runs an install script',
  description: 'The lockfile records that this package runs a script at install time (`hasInstallScript`, `requiresBuild`): code that runs on every developer and CI machine before any review.',
  severity: 'low',
  confidence: 'high',
  cwe: ['CWE-829'],
  owasp: ['A06:2021'],
  equivalents: [],
  remediation: 'Check the package needs it; install with scripts disabled (`npm ci --ignore-scripts`) and allow only the ones you trust.',
  references: ['https://docs.npmjs.com/cli/commands/npm-install#ignore-scripts'],
};
