import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/unpinned-version',
  title: 'Open version range with no lockfile',
  description: 'The manifest accepts any future version (`*`, `latest`, `>=` without an upper bound, no version) and no lockfile beside it pins one, so a new malicious or broken release installs on the next deploy.',
  severity: 'low',
  confidence: 'high',
  cwe: ['CWE-1357'],
  owasp: ['A06:2021'],
  equivalents: [],
  remediation: 'Pin an exact version or commit a lockfile.',
  references: ['https://docs.npmjs.com/cli/configuring-npm/package-lock-json'],
};
