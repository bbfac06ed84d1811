import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRow, measure, median, shell, SKEPTIC_BIN, type BenchContext, type BenchSection } from './harness.js';

/** A 500-line Express module: routes, helpers, one SQL injection near the end (so the hook blocks). */
export function expressModule(lines: number, vulnerable: boolean): string {
  const out = ["'use strict';", "const express = require('express');", "const helmet = require('helmet');", 'const router = express.Router();', ''];
  let i = 0;
  while (out.length < lines - 8) {
    out.push(
      `function normalise${i}(value) {`,
      `  if (typeof value !== 'string') return '';`,
      `  return value.trim().toLowerCase().slice(0, ${64 + i});`,
      '}',
      '',
      `router.get('/items/${i}', async (req, res) => {`,
      `  const rows = await db.query('SELECT id, name FROM items WHERE kind = $1', [normalise${i}(req.query.kind)]);`,
      '  res.json(rows);',
      '});',
      '',
    );
    i++;
  }
  out.push(
    "router.get('/search', async (req, res) => {",
    vulnerable ? '  const rows = await db.query("SELECT * FROM items WHERE name = \'" + req.query.q + "\'");' : "  const rows = await db.query('SELECT * FROM items WHERE name = $1', [req.query.q]);",
    '  res.json(rows);',
    '});',
    '',
    'const app = express();',
    'app.use(helmet());',
    "app.use('/api', router);",
  );
  return out.slice(0, lines).join('\n') + '\n';
}

function event(dir: string, file: string): string {
  return JSON.stringify({
    session_id: 'bench', transcript_path: join(dir, 't.jsonl'), cwd: dir, hook_event_name: 'PostToolUse', tool_name: 'Write',
    tool_input: { file_path: join(dir, file), content: '' }, tool_response: { filePath: join(dir, file), success: true },
  });
}

/**
 * CPU time (user + system) of the hook process: unlike wall time it does not grow when other
 * jobs share the machine, so it shows whether a slow median is skeptic or contention.
 */
function cpuMs(input: string, cwd: string, rounds: number): number | undefined {
  if (!existsSync('/usr/bin/time')) return undefined;
  const values: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '__CPU__%U %S', process.execPath, SKEPTIC_BIN, 'hook', 'claude-code'], { cwd, input, encoding: 'utf8' });
    const m = /__CPU__([\d.]+) ([\d.]+)/.exec(r.stderr);
    if (m) values.push((Number(m[1]) + Number(m[2])) * 1000);
  }
  return values.length ? median(values) : undefined;
}

/**
 * `skeptic hook claude-code` round trip, process start included, as Claude Code runs it:
 * event JSON on stdin, JSON decision on stdout. Target: median under 300 ms for 500 lines.
 */
export const hook: BenchSection = {
  name: 'hook',
  description: 'Claude Code hook round trip on a 500-line file (process start included; target < 300 ms median)',
  run(ctx: BenchContext) {
    const dir = mkdtempSync(join(tmpdir(), 'skeptic-bench-hook-'));
    try {
      writeFileSync(join(dir, 'routes.js'), expressModule(500, true));
      writeFileSync(join(dir, 'clean.js'), expressModule(500, false));
      writeFileSync(join(dir, 'blocked.json'), event(dir, 'routes.js'));
      writeFileSync(join(dir, 'clean.json'), event(dir, 'clean.js'));
      const rounds = Math.max(ctx.rounds, 15);
      const node = measure('node -e 0 (process start floor)', process.execPath, ['-e', '0'], rounds, { warmup: true });
      ctx.log(formatRow(node));
      for (const [label, input] of [['hook claude-code, 500 lines, blocking finding', 'blocked.json'], ['hook claude-code, 500 lines, clean', 'clean.json']] as const) {
        const m = shell(label, `exec "${process.execPath}" "${SKEPTIC_BIN}" hook claude-code < "${join(dir, input)}"`, rounds, { warmup: true, cwd: dir });
        ctx.log(formatRow(m));
        const cpu = cpuMs(readFileSync(join(dir, input), 'utf8'), dir, rounds);
        if (cpu !== undefined) ctx.log(`  → CPU time (user+sys) median ${cpu.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
        ctx.log(`  → median ${m.medianMs.toFixed(0)} ms (min ${Math.min(...m.allMs).toFixed(0)}, max ${Math.max(...m.allMs).toFixed(0)}) over ${rounds} runs: ${m.medianMs < 300 ? 'within' : 'OVER'} the 300 ms target; exit codes ${[...new Set(m.exitCodes)].join(',')}`);
      }
      const check = shell('check --stdin --path src/routes.js, 500 lines', `exec "${process.execPath}" "${SKEPTIC_BIN}" check --stdin --path src/routes.js -q < "${join(dir, 'routes.js')}"`, rounds, { warmup: true, cwd: dir });
      ctx.log(formatRow(check));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
