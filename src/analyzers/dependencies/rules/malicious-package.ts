import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/malicious-package',
  title: 'Known malicious package',
  description: 'The dependency is listed as malicious (OSV MAL- record, OpenSSF Malicious Packages). Installing it runs attacker code.',
  severity: 'critical',
  confidence: 'high',
  cwe: ['CWE-506'],
  owasp: ['A06:2021'],
  equivalents: ['osv-scanner:malicious'],
  remediation: 'Remove the package, rotate any credentials on machines that installed it, and check what it did.',
  references: ['https://github.com/ossf/malicious-packages'],
};
