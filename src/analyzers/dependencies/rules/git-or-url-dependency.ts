import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/git-or-url-dependency',
  title: 'Dependency fetched from git or a URL',
  description: 'The package comes from a git repository, URL or tarball instead of the registry: no advisory data, no registry integrity, and the content can change under the same reference.',
  severity: 'medium',
  confidence: 'high',
  cwe: ['CWE-829'],
  owasp: ['A06:2021'],
  equivalents: [],
  remediation: 'Depend on a registry release, or pin a full commit hash and a checksum.',
  references: ['https://docs.npmjs.com/cli/configuring-npm/package-json#git-urls-as-dependencies'],
};
