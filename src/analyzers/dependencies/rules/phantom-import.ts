import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/phantom-import',
  title: 'Import of a package no manifest declares',
  description: 'Code imports a package that no package.json in the project declares and that is not a Node builtin. It works only by accident (hoisted from another dependency) or not at all; the usual "fix", `npm install <name>`, is exactly how invented and squatted names get installed.',
  severity: 'medium',
  confidence: 'medium',
  cwe: ['CWE-1357', 'CWE-829'],
  owasp: ['A06:2021'],
  equivalents: ['eslint:import/no-extraneous-dependencies', 'depcheck:missing'],
  remediation: 'Check the package exists and is the one you mean, then declare it in package.json with a pinned version.',
  references: ['https://github.com/import-js/eslint-plugin-import/blob/main/docs/rules/no-extraneous-dependencies.md'],
};
