import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { acceptsSecrets, detectIn } from '../../analyzers/secrets/analyzer.js';
import { secretRules } from '../../analyzers/secrets/rules/index.js';
import { classify, skipByContent, skipByPath } from '../../targets/classify.js';
import { formatRow, measure, peer, ratio, shell, SKEPTIC_BIN, type BenchContext, type BenchSection, type Measurement } from './harness.js';

/**
 * Working-tree secrets scan against Trivy's secret scanner, secretlint and ripgrep (one
 * case-insensitive fixed-string search for every provider keyword our detectors prefilter
 * on: the near-physical limit), and `skeptic history` against `git log -p --all`.
 *
 * Trees: the bench DIR plus BENCH_SECRETS_*=path; history repo: BENCH_HISTORY=path.
 * Defaults, when present: /work/bench-repos/{babel,sympy} and /work/bench-repos/eslint.
 */
function trees(ctx: BenchContext): string[] {
  const out = new Set<string>();
  if (ctx.dir) out.add(ctx.dir);
  for (const [k, v] of Object.entries(ctx.named)) if (k.startsWith('secrets')) out.add(v);
  if (out.size === 0) for (const d of ['/work/bench-repos/babel', '/work/bench-repos/sympy']) if (existsSync(d)) out.add(d);
  return [...out];
}

/** Distinctive provider keywords (no generic words): what ripgrep searches for. */
function providerKeywords(): string[] {
  const set = new Set<string>();
  for (const r of secretRules) {
    if (r.generic || r.keyed) continue;
    for (const k of r.keywords) if (k.length >= 4) set.add(k);
  }
  return [...set];
}

function line(ctx: BenchContext, ours: Measurement, peers: (Measurement | undefined)[]): void {
  for (const p of peers) if (p) ctx.log(ratio(ours, p));
}

export const secrets: BenchSection = {
  name: 'secrets',
  description: 'working-tree secrets scan vs Trivy, secretlint, ripgrep; history vs git log -p',
  run(ctx) {
    const trivy = peer(ctx, 'trivy', 'trivy');
    const secretlint = peer(ctx, 'secretlint');
    const cache = mkdtempSync(join(tmpdir(), 'skeptic-bench-trivy-'));
    const rgArgs = ['-c', '-i', '-F', ...providerKeywords().flatMap((k) => ['-e', k]), '.'];
    for (const dir of trees(ctx)) {
      ctx.log(`  -- ${basename(dir)} (${dir})`);
      const ours = measure('skeptic scan --analyzers secrets', process.execPath, [SKEPTIC_BIN, 'scan', dir, '--analyzers', 'secrets', '--quiet'], ctx.rounds, { warmup: true });
      ctx.log(formatRow(ours));
      const t = trivy
        ? measure('trivy fs --scanners secret', trivy, ['fs', '--cache-dir', cache, '--skip-db-update', '--skip-policy-update', '--offline-scan', '--quiet', '--scanners', 'secret', '--format', 'json', '--output', '/dev/null', dir], ctx.rounds, { warmup: true })
        : undefined;
      if (t) ctx.log(formatRow(t));
      const s = secretlint
        ? shell('secretlint (preset-recommend)', `cd ${JSON.stringify(secretlint)} && npx secretlint --secretlintrc .secretlintrc.json --format json ${JSON.stringify(`${dir}/**/*`)} > /dev/null`, ctx.rounds, { warmup: false })
        : undefined;
      if (s) ctx.log(formatRow(s));
      const engine = measure('secrets engine alone (sync read + detect, no scan pipeline)', process.execPath, [fileURLToPath(import.meta.url), '--engine-only', dir], ctx.rounds, { warmup: true });
      ctx.log(formatRow(engine));
      const rg = measure(`ripgrep, ${rgArgs.filter((a) => a === '-e').length} provider keywords`, 'rg', rgArgs, ctx.rounds, { cwd: dir, warmup: true });
      ctx.log(formatRow(rg));
      line(ctx, ours, [t, s]);
      ctx.log(`  → skeptic scan takes ${(ours.medianMs / rg.medianMs).toFixed(1)}× the time of ripgrep (target ≤ 10×)`);
      line(ctx, engine, [t, s]);
      ctx.log(`  → the engine alone takes ${(engine.medianMs / rg.medianMs).toFixed(1)}× the time of ripgrep`);
    }
    const history = ctx.named.history ?? (existsSync('/work/bench-repos/eslint') ? '/work/bench-repos/eslint' : undefined);
    if (history) {
      ctx.log(`  -- history: ${basename(history)} (${history})`);
      const gitLog = shell('git log -p --all > /dev/null', 'git log -p --all > /dev/null', ctx.rounds, { cwd: history, warmup: true });
      const ours = measure('skeptic history --all-refs', process.execPath, [SKEPTIC_BIN, 'history', history, '--all-refs', '--quiet'], ctx.rounds, { warmup: true });
      const gitSecrets = peer(ctx, 'git-secrets');
      ctx.log(formatRow(gitLog));
      ctx.log(formatRow(ours));
      ctx.log(`  → skeptic history takes ${(ours.medianMs / gitLog.medianMs).toFixed(2)}× the time of git log -p --all (target ≤ 1.5×)`);
      if (gitSecrets) ctx.log(`  (git-secrets installed at ${gitSecrets}; its --scan-history needs a repo-local config, not timed here)`);
    }
  },
};

/**
 * `node dist/tools/bench/secrets.js --engine-only DIR`: the secrets work without the scan
 * pipeline (git ls-files, synchronous reads, the same skip checks, detection), to show how
 * much of a scan's wall time is the analyzer and how much the per-file pipeline around it.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2] === '--engine-only') {
  const dir = process.argv[3]!;
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\0').filter(Boolean);
  let found = 0;
  for (const path of files) {
    if (skipByPath(path)) continue;
    const type = classify(path);
    if (!acceptsSecrets({ path, type, sizeBytes: 0 })) continue;
    let buffer: Buffer;
    try {
      buffer = readFileSync(join(dir, path));
    } catch {
      continue;
    }
    if (buffer.length > 2 * 1024 * 1024 || skipByContent(path, type, buffer)) continue;
    found += detectIn({ path, type, text: buffer.toString('utf8') }).length;
  }
  process.stdout.write(`${found}\n`);
}
