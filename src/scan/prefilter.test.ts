import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzerLoaders } from '../analyzers/registry.js';
import type { AnalyzerId } from '../core/rule.js';
import { classify } from '../targets/classify.js';
import { ANALYZER_KINDS } from './scan.js';

// Paths of every kind the classifier knows; the prefilter must never hide one an analyzer accepts.
const PATHS = [
  'a.js', 'a.ts', 'a.tsx', 'a.py', 'a.go', 'a.rb', 'a.java', 'a.php', 'a.sh', 'a.rs', 'a.cs', 'a.mjs',
  'package.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'requirements.txt', 'poetry.lock', 'go.mod', 'Cargo.lock', 'Gemfile.lock', 'pyproject.toml',
  'main.tf', 'x.tfvars', 'plan.tfplan.json', 'Dockerfile', 'k8s/pod.yaml', 'docker-compose.yml', '.github/workflows/ci.yml', 'action.yml', 'charts/a/templates/d.yaml', 'stack.template', 'cfn.json',
  'CLAUDE.md', 'AGENTS.md', '.mcp.json', '.claude/settings.json', '.cursor/rules/a.mdc',
  'README.md', 'notes.txt', '.env', 'config.json', 'data.xml', 'app.ini',
];

describe('analyzer prefilter by target kind', () => {
  for (const [id, load] of Object.entries(analyzerLoaders)) {
    it(`${id}: every target it accepts has a kind the prefilter lets through`, async () => {
      let analyzer;
      try {
        analyzer = await load();
      } catch {
        return; // an analyzer that does not load is reported by the scan itself
      }
      const kinds = ANALYZER_KINDS[id as AnalyzerId];
      for (const path of PATHS) {
        const info = { path, type: classify(path), sizeBytes: 10 };
        if (analyzer.accepts(info)) assert.ok(kinds === 'any' || kinds.includes(info.type.kind), `${id} accepts ${path} (${info.type.kind}) but the prefilter would not load it`);
      }
    });
  }
});
