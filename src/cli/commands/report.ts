import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readRecords, verifyLog } from '../../audit/chain.js';
import { compliance, renderCompliance } from '../../audit/compliance.js';
import type { ScanReport } from '../../core/report.js';
import { gitTopLevel } from '../../source/filesystem.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import { parse } from '../options.js';
import type { Command } from './index.js';

const options = {
  log: { type: 'string' },
  report: { type: 'string' },
  format: { type: 'string', short: 'f' },
} as const;

const usage = `
Usage: skeptic report compliance [PATH] [--log FILE] [--report SCAN.json] [--format markdown|json]

Maps the audit log (scan records, reviewer sign-offs) and optionally a JSON scan report to
SOC 2 CC6.1/CC7.1/CC8.1, NIST SSDF (PO.3, PS.1, PW.4, PW.7, PW.8, RV.1) and the OWASP Top 10:
covered, failed, or no evidence yet. A log that fails verification is refused (exit 3).
`;

export const command: Command = {
  summary: 'compliance mapping (SOC 2, NIST SSDF, OWASP Top 10) from the audit log',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args, options);
    if (positionals[0] !== 'compliance') throw new UsageError('usage: skeptic report compliance [PATH]');
    const path = resolve(io.cwd, positionals[1] ?? '.');
    const root = gitTopLevel(path) ?? path;
    const log = values.log ? resolve(io.cwd, values.log) : resolve(root, '.skeptic', 'audit.jsonl');
    const v = verifyLog(log);
    if (!v.ok) {
      io.stderr(`skeptic report: audit log ${log} fails verification: ${v.problems[0]}\n`);
      return EXIT.incomplete;
    }
    const records = readRecords(log);
    let report: ScanReport | undefined;
    if (values.report) {
      try {
        report = JSON.parse(readFileSync(resolve(io.cwd, values.report), 'utf8')) as ScanReport;
      } catch (error) {
        io.stderr(`skeptic report: cannot read ${values.report}: ${(error as Error).message}\n`);
        return EXIT.incomplete;
      }
    }
    const results = compliance({ scans: records.filter((r) => r.kind === 'scan'), signoffs: records.filter((r) => r.kind === 'signoff'), ...(report ? { report } : {}) });
    io.stdout(values.format === 'json' ? JSON.stringify(results, null, 2) + '\n' : renderCompliance(results));
    return results.some((r) => r.status === 'failed') ? EXIT.blocking : EXIT.passed;
  },
};
