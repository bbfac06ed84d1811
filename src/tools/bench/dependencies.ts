import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importDirectory, LocalDatabase } from '../../analyzers/dependencies/advisories/database.js';
import { analyzeDependencies } from '../../analyzers/dependencies/analyze.js';
import { NameIndex } from '../../analyzers/dependencies/registry/names.js';
import type { AnalyzerContext } from '../../core/analyzer.js';
import { defaultConfig } from '../../config/schema.js';
import { formatRow, measure, median, SKEPTIC_BIN, type BenchContext, type BenchSection } from './harness.js';

/** A package-lock v3 with `count` packages: advisory-bearing names first (worst case for matching), then popular ones. */
function bigLockfile(db: LocalDatabase, names: NameIndex, count: number): string {
  const packages: Record<string, unknown> = { '': { name: 'bench', dependencies: {} } };
  const chosen = new Set<string>();
  for (const n of names.npmTopNames(20000)) {
    if (chosen.size >= count) break;
    if (db.advisoriesFor('npm', n).length || chosen.size >= count / 2) chosen.add(n);
  }
  let i = 0;
  for (const n of chosen) packages[`node_modules/${n}`] = { version: `${1 + (i++ % 4)}.${i % 7}.${i % 3}`, resolved: `https://registry.npmjs.org/${n}/-/x.tgz`, integrity: 'sha512-x' };
  return JSON.stringify({ name: 'bench', lockfileVersion: 3, packages }, null, 2);
}

export const dependencies: BenchSection = {
  name: 'dependencies',
  description: '3,000-package lockfile against the full local advisory DB (../shared/data/osv); cold start with the DB; Python phantom imports (BENCH_PYTHON)',
  async run(ctx: BenchContext) {
    const shared = ctx.named['osv'] ?? resolve(SKEPTIC_BIN, '..', '..', '..', 'shared', 'data', 'osv');
    if (!existsSync(shared)) { ctx.log(`  skipped: no OSV data at ${shared} (set BENCH_OSV)`); return; }
    const home = mkdtempSync(join(tmpdir(), 'skeptic-bench-deps-'));
    try {
      const cache = join(home, '.cache', 'skeptic');
      const t0 = performance.now();
      importDirectory(shared, cache);
      ctx.log(`  import ${shared}: ${Math.round(performance.now() - t0)} ms`);
      const names = NameIndex.open()!;
      const t1 = performance.now();
      const db = LocalDatabase.open(cache)!;
      db.advisoriesFor('npm', 'lodash');
      ctx.log(`  first load of the npm index: ${Math.round(performance.now() - t1)} ms`);
      const project = join(home, 'project');
      mkdirSync(project);
      const text = bigLockfile(db, names, 3000);
      writeFileSync(join(project, 'package-lock.json'), text);
      const context: AnalyzerContext = { root: project, config: defaultConfig, options: { offline: true, cacheDir: cache }, isRuleEnabled: () => true, count: () => {}, time: () => {} };
      const target = { path: 'package-lock.json', type: { kind: 'lockfile', format: 'package-lock' } as const, sizeBytes: text.length, text };
      const times: number[] = [];
      let findings = 0;
      for (let r = 0; r < Math.max(3, ctx.rounds); r++) {
        const s = performance.now();
        findings = (await analyzeDependencies([target], context, { database: db, names })).findings.length;
        times.push(performance.now() - s);
      }
      ctx.log(`  3,000-package lockfile, warm DB: median ${median(times).toFixed(0)} ms over ${times.length} runs (${findings} findings)`);
      const cold = measure('skeptic scan --analyzers dependencies (cold process, DB on disk)', 'node', [SKEPTIC_BIN, 'scan', project, '--analyzers', 'dependencies', '--quiet'], ctx.rounds, { env: { ...process.env, HOME: home } });
      ctx.log(formatRow(cold));
      // Python phantom imports read every Python file of the tree: their cost on a large codebase
      const py = ctx.named['python'];
      if (py) {
        const phantom = measure('skeptic scan --analyzers dependencies (Python tree, phantom imports)', 'node', [SKEPTIC_BIN, 'scan', py, '--analyzers', 'dependencies', '--quiet', '-f', 'json', '-o', '/dev/null'], ctx.rounds, { env: { ...process.env, HOME: home } });
        ctx.log(formatRow(phantom));
      } else ctx.log('  (set BENCH_PYTHON=/path/to/sympy to time Python phantom imports)');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  },
};
