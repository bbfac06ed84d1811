import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/phantom-import',
  title: 'Import of a package no manifest declares',
  description: 'Code imports a package that no manifest of the project declares (package.json for JavaScript and TypeScript; requirements files, pyproject.toml, lockfiles, setup.cfg or setup.py for Python) and that is neither a builtin nor the standard library nor a module of the project. It works only by accident (hoisted or installed by something else) or not at all; the usual "fix", `npm install <name>` or `pip install <name>`, is exactly how invented and squatted names get installed.',
  severity: 'medium',
  confidence: 'medium',
  cwe: ['CWE-1357', 'CWE-829'],
  owasp: ['A06:2021'],
  equivalents: ['eslint:import/no-extraneous-dependencies', 'depcheck:missing', 'deptry:DEP001'],
  remediation: 'Check the package exists and is the one you mean, then declare it in the manifest (package.json, requirements.txt, pyproject.toml) with a pinned version.',
  references: ['https://github.com/import-js/eslint-plugin-import/blob/main/docs/rules/no-extraneous-dependencies.md', 'https://deptry.com/rules-violations/#missing-dependencies-dep001'],
};
