import { join } from 'node:path';
import { formatRow, measure, peer, ratio, shell, SKEPTIC_BIN, type BenchSection } from './harness.js';

/**
 * Code analysis vs ESLint + security plugins on a JS/TS monorepo (BENCH_JS, default: the bench DIR)
 * and vs Bandit on a Python codebase (BENCH_PYTHON). Each side scans the same tree; skeptic runs only
 * its code analyzer so the comparison is like for like.
 */
export const code: BenchSection = {
  name: 'code',
  description: 'code analyzer vs ESLint (security, sdl, no-unsanitized) and vs Bandit',
  run(ctx) {
    const js = ctx.named['js'] ?? ctx.dir;
    if (js) {
      const ours = measure('skeptic scan --analyzers code (JS/TS)', process.execPath, [SKEPTIC_BIN, 'scan', js, '--analyzers', 'code', '--quiet', '-f', 'json', '-o', '/dev/null'], ctx.rounds, { warmup: true });
      ctx.log(formatRow(ours));
      if (ours.peakKb && ours.peakKb > 1024 * 1024) ctx.log('  ! skeptic peak memory above 1 GB');
      const eslintDir = peer(ctx, 'eslint');
      if (eslintDir) {
        const theirs = shell('eslint + security/sdl/no-unsanitized', `cd '${js}' && SCAN_ROOT='${js}' npx --prefix '${eslintDir}' eslint -c '${join(eslintDir, 'eslint.config.mjs')}' --no-config-lookup -f json . > /dev/null`, 1);
        // ESLint exits 1 when it reports problems; anything else means it did not lint the tree.
        if (theirs.exitCodes.some((c) => c !== 0 && c !== 1)) ctx.log(`  ! ESLint exit codes ${theirs.exitCodes.join(',')}: its timing is not comparable`);
        ctx.log(formatRow(theirs));
        ctx.log(ratio(ours, theirs));
      } else ctx.log('  (ESLint peer not installed under $PEERS_ROOT/eslint)');
    }
    const py = ctx.named['python'];
    if (py) {
      const ours = measure('skeptic scan --analyzers code (Python)', process.execPath, [SKEPTIC_BIN, 'scan', py, '--analyzers', 'code', '--quiet', '-f', 'json', '-o', '/dev/null'], ctx.rounds, { warmup: true });
      ctx.log(formatRow(ours));
      const theirs = shell('bandit -r', `bandit -r '${py}' -f json -q > /dev/null`, 1);
        if (theirs.exitCodes.some((c) => c !== 0 && c !== 1)) ctx.log(`  ! Bandit exit codes ${theirs.exitCodes.join(',')}`);
      ctx.log(formatRow(theirs));
      ctx.log(ratio(ours, theirs));
    } else ctx.log('  (set BENCH_PYTHON=/path/to/sympy for the Bandit comparison)');
  },
};
