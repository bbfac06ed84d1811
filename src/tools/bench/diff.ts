import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRow, measure, SKEPTIC_BIN, type BenchSection } from './harness.js';

const FILES = 10_000;
const CHANGED = 20;

function source(i: number, extra = ''): string {
  return [
    `import { helper${i % 50} } from '../lib/helper${i % 50}.js';`,
    `export function handler${i}(req, res) {`,
    `  const value = helper${i % 50}(req.query.id ?? ${i});`,
    `  if (!value) return res.status(404).end();`,
    `  res.json({ id: ${i}, value });`,
    `}`,
    extra,
    '',
  ].join('\n');
}

/**
 * `scan --diff` on a generated 10k-file repository with a 20-file change (issue 7 target: < 2 s
 * median). Includes process start, merge base, diff, blame-based AI attribution and all analyzers.
 */
export const diff: BenchSection = {
  name: 'diff',
  description: `scan --diff: ${CHANGED}-file change in a ${FILES / 1000}k-file generated repository (target < 2 s median)`,
  run(ctx) {
    const root = mkdtempSync(join(tmpdir(), 'skeptic-bench-diff-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
      git('init', '-q', '-b', 'main');
      git('config', 'user.email', 'bench@example.com');
      git('config', 'user.name', 'Bench');
      for (let d = 0; d < FILES / 100; d++) {
        mkdirSync(join(root, 'src', `m${d}`), { recursive: true });
        for (let f = 0; f < 100; f++) writeFileSync(join(root, 'src', `m${d}`, `f${f}.js`), source(d * 100 + f));
      }
      git('add', '-A');
      git('commit', '-q', '-m', 'base');
      git('checkout', '-q', '-b', 'feature');
      for (let c = 0; c < CHANGED; c++) {
        const d = c * 4;
        writeFileSync(join(root, 'src', `m${d}`, `f${c}.js`), source(d * 100 + c, `export const added${c} = (x) => x * ${c};\n// more AI-written code\nexport const limit${c} = ${c * 10};`));
      }
      git('add', '-A');
      git('commit', '-q', '-m', 'feat: twenty files\n\nCo-authored-by: Claude <noreply@anthropic.com>');
      ctx.log(`  generated ${FILES} files, ${CHANGED} changed, at ${root}`);
      const m = measure(`skeptic scan --diff main (${CHANGED} of ${FILES} files)`, process.execPath, [SKEPTIC_BIN, 'scan', root, '--diff', 'main', '--quiet'], Math.max(ctx.rounds, 5), { warmup: true });
      ctx.log(formatRow(m));
      ctx.log(`  rounds ms: ${m.allMs.map((x) => x.toFixed(0)).join(', ')}; exit codes ${[...new Set(m.exitCodes)].join(',')}; target < 2 s: ${m.medianMs < 2000 ? 'met' : 'MISSED'}`);
      const r = measure(`skeptic review --diff main (${CHANGED} of ${FILES} files)`, process.execPath, [SKEPTIC_BIN, 'review', root, '--diff', 'main', '--output', '/dev/null'], Math.max(ctx.rounds, 5), { warmup: true });
      ctx.log(formatRow(r));
      const full = measure(`skeptic scan (full tree, for comparison)`, process.execPath, [SKEPTIC_BIN, 'scan', root, '--quiet'], ctx.rounds);
      ctx.log(formatRow(full));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
