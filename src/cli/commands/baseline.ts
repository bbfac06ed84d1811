import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBaseline } from '../../findings/baseline.js';
import { scan } from '../../scan/scan.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import { parse } from '../options.js';
import { requestFrom, scanOptions } from './scan.js';
import type { Command } from './index.js';

export const command: Command = {
  summary: 'record current findings so later scans report only new ones',
  usage: `
Usage: skeptic baseline create [PATH] [--output FILE] [scan options]

Scans PATH (default .) and writes every current finding to FILE
(default: .skeptic-baseline.json in PATH). Use it with \`skeptic scan --baseline FILE\`.
Baselines match findings by content, not line numbers, so they survive moved code,
reformatting and renamed files.
`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'create') throw new UsageError('expected `skeptic baseline create [PATH] [--output FILE]`');
    const { values, positionals } = parse(rest, scanOptions);
    const path = positionals[0] ?? '.';
    const request = requestFrom({ ...values, baseline: undefined }, path, io);
    const report = await scan(request);
    const output = resolve(io.cwd, values.output?.[0] ?? resolve(path, '.skeptic-baseline.json'));
    const baseline = createBaseline(report.findings, new Date().toISOString());
    writeFileSync(output, JSON.stringify(baseline, null, 2) + '\n');
    if (!values.quiet) io.stderr(`skeptic: baseline of ${baseline.findings.length} findings written to ${output}\n`);
    return EXIT.passed;
  },
};
