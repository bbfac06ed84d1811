import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importDirectory } from '../analyzers/dependencies/advisories/database.js';
import { NameIndex } from '../analyzers/dependencies/registry/names.js';
import { configSchema } from '../config/schema.js';
import type { Finding } from '../core/finding.js';
import { scan } from '../scan/scan.js';

/**
 * `node dist/tools/measure-deps.js [SHARED_DATA_DIR]`: the dependency analyzer's quality figures.
 * 1. every npm and PyPI name of the OSV malicious set, declared in a manifest, is flagged malicious;
 * 2. the 1,000 most-downloaded npm and PyPI names are not flagged malicious, typosquat or nonexistent;
 * 3. a lockfile of 50 package versions with known advisories: each advisory reported with its fixed version.
 */
const config = configSchema.parse({ rules: { 'dependencies/*': 'on' }, minConfidence: 'low' });

async function run(dir: string, cache: string): Promise<Finding[]> {
  const report = await scan({ path: dir, config, analyzers: ['dependencies'], workers: 0, cacheDir: cache, offline: true });
  const crashed = report.issues.filter((i) => i.code === 'analyzer-crashed' || i.code === 'parse-error');
  if (crashed.length) throw new Error(crashed.map((i) => i.message).join('\n'));
  return [...report.findings];
}

function project(root: string, name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

export async function measure(shared: string, log: (s: string) => void): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'skeptic-measure-deps-'));
  let ok = true;
  try {
    const cache = join(work, 'cache');
    const t0 = Date.now();
    importDirectory(join(shared, 'osv'), cache);
    log(`advisory database imported from ${join(shared, 'osv')} in ${Date.now() - t0} ms`);

    // 1. malicious names
    for (const [eco, file, manifest] of [['npm', 'npm.names.txt', 'package.json'], ['PyPI', 'PyPI.names.txt', 'requirements.txt']] as const) {
      const names = [...new Set(readFileSync(join(shared, 'osv', 'malicious', file), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean))];
      const text = eco === 'npm'
        ? JSON.stringify({ name: 'measure', dependencies: Object.fromEntries(names.map((n) => [n, '*'])) }, null, 1)
        : names.map((n) => n).join('\n') + '\n';
      const findings = await run(project(work, `mal-${eco}`, { [manifest]: text }), cache);
      const flagged = new Set(findings.filter((f) => f.ruleId === 'dependencies/malicious-package').map((f) => f.package?.name));
      const missed = names.filter((n) => !flagged.has(n));
      log(`malicious ${eco}: ${names.length - missed.length} / ${names.length} names flagged malicious${missed.length ? `; missed e.g. ${missed.slice(0, 5).join(', ')}` : ''}`);
      if (missed.length) ok = false;
    }

    // 2. popular names: no false malicious / typosquat / nonexistent
    const index = NameIndex.open();
    if (!index) throw new Error('no bundled registry name index');
    for (const [eco, names, manifest] of [['npm', index.npmTopNames(1000), 'package.json'], ['PyPI', index.pypiTopNames(1000), 'requirements.txt']] as const) {
      const text = eco === 'npm'
        ? JSON.stringify({ name: 'measure', dependencies: Object.fromEntries(names.map((n) => [n, '*'])) }, null, 1)
        : names.join('\n') + '\n';
      const findings = await run(project(work, `top-${eco}`, { [manifest]: text }), cache);
      const bad = findings.filter((f) => ['dependencies/malicious-package', 'dependencies/typosquat', 'dependencies/nonexistent-package'].includes(f.ruleId));
      log(`top 1,000 ${eco}: ${bad.length} flagged malicious/typosquat/nonexistent${bad.length ? `: ${bad.slice(0, 8).map((f) => `${f.package?.name} (${f.ruleId.split('/')[1]})`).join(', ')}` : ''}`);
      if (bad.length) ok = false;
    }

    // 3. 50 package versions with known advisories, read straight from the OSV files
    const picks: { eco: 'npm' | 'PyPI'; name: string; version: string; id: string; fixed: string }[] = [];
    for (const eco of ['npm', 'PyPI'] as const) {
      const dirPath = join(shared, 'osv', eco);
      const seen = new Set<string>();
      for (const file of readdirSync(dirPath).sort()) {
        if (picks.filter((p) => p.eco === eco).length >= 25) break;
        const r = JSON.parse(readFileSync(join(dirPath, file), 'utf8'));
        if (r.withdrawn || r.affected?.length !== 1) continue;
        const a = r.affected[0];
        const ranges = (a.ranges ?? []).filter((x: { type: string }) => x.type !== 'GIT');
        if (ranges.length !== 1 || ranges[0].events.length !== 2) continue;
        const intro = ranges[0].events[0].introduced;
        const fixed = ranges[0].events[1].fixed;
        if (!intro || intro === '0' || !fixed || !/^\d+\.\d+\.\d+$/.test(intro) || !/^\d+\.\d+\.\d+$/.test(fixed)) continue;
        if (seen.has(a.package.name)) continue;
        seen.add(a.package.name);
        picks.push({ eco, name: a.package.name, version: intro, id: r.id, fixed });
      }
    }
    const lock = { name: 'measure', lockfileVersion: 3, packages: Object.fromEntries([['', { dependencies: {} }], ...picks.filter((p) => p.eco === 'npm').map((p) => [`node_modules/${p.name}`, { version: p.version, resolved: `https://registry.npmjs.org/${p.name}/-/x-${p.version}.tgz` }])]) };
    const pipfile = { _meta: {}, default: Object.fromEntries(picks.filter((p) => p.eco === 'PyPI').map((p) => [p.name, { version: `==${p.version}` }])) };
    const findings = await run(project(work, 'fifty', { 'package-lock.json': JSON.stringify(lock, null, 2), 'Pipfile.lock': JSON.stringify(pipfile, null, 2) }), cache);
    let right = 0;
    const wrong: string[] = [];
    for (const p of picks) {
      const f = findings.find((x) => x.ruleId === 'dependencies/known-vulnerability' && x.package?.name === p.name && (x.advisory?.id === p.id || x.advisory?.aliases.includes(p.id)));
      if (f && f.advisory?.fixedIn === p.fixed) right++;
      else wrong.push(`${p.eco}:${p.name}@${p.version} ${p.id} want fixed ${p.fixed}, got ${f ? f.advisory?.fixedIn ?? 'none' : 'no finding'}`);
    }
    log(`${picks.length} vulnerable versions: ${right} reported with the right fixed version${wrong.length ? `; wrong: ${wrong.slice(0, 5).join(' | ')}` : ''}`);
    if (wrong.length || picks.length < 50) ok = false;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const shared = resolve(process.argv[2] ?? join(process.cwd(), '..', 'shared', 'data'));
  const ok = await measure(shared, (s) => process.stdout.write(s + '\n'));
  process.exitCode = ok ? 0 : 1;
}
