import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { appendRecord, verifyLog } from '../../audit/chain.js';
import { isBlocking } from '../../policy/evaluate.js';
import type { ScanReport } from '../../core/report.js';
import { resolveScanInput, scan, ScanError, type ScanRequest } from '../../scan/scan.js';
import { gitTopLevel } from '../../source/filesystem.js';
import { EXIT } from '../exit-codes.js';
import { UsageError, type CliIO } from '../io.js';
import { parse } from '../options.js';
import type { Command } from './index.js';

const options = {
  log: { type: 'string' },
  diff: { type: 'string' },
  reviewer: { type: 'string' },
  item: { type: 'string', multiple: true },
  note: { type: 'string' },
  'expect-records': { type: 'string' },
  'expect-head': { type: 'string' },
} as const;

const usage = `
Usage: skeptic attest [PATH] [--diff BASE] [--log FILE]
       skeptic attest signoff [PATH] --reviewer NAME [--item ID=confirmed ...] [--note TEXT] [--log FILE]
       skeptic attest verify [PATH] [--log FILE] [--expect-records N] [--expect-head HASH]

Appends tamper-evident records to an audit log (JSON lines; each record holds the SHA-256 of
the previous one): a scan's result, or a reviewer's sign-off on the review checklist
(items: input-validation, no-hardcoded-values, dependencies-scanned, access-scope).
\`verify\` recomputes the chain and exits 1 on any edit, deletion or reordering; give
--expect-records/--expect-head (kept elsewhere, e.g. a CI artifact) to catch a cut tail.

      --log FILE   default: <repo>/.skeptic/audit.jsonl
`;

const CHECKLIST = ['input-validation', 'no-hardcoded-values', 'dependencies-scanned', 'access-scope'];

function headCommit(root: string): string | undefined {
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export const command: Command = {
  summary: 'append a tamper-evident audit record (scan or sign-off), or verify the log',
  usage,
  async run(args, io: CliIO) {
    const { values, positionals } = parse(args, options);
    const sub = positionals[0] === 'verify' || positionals[0] === 'signoff' ? positionals.shift() : undefined;
    if (positionals.length > 1) throw new UsageError('attest takes one PATH');
    const path = resolve(io.cwd, positionals[0] ?? '.');
    const root = gitTopLevel(path) ?? path;
    const log = values.log ? resolve(io.cwd, values.log) : resolve(root, '.skeptic', 'audit.jsonl');
    if (sub === 'verify') {
      const expectRecords = values['expect-records'] === undefined ? undefined : Number(values['expect-records']);
      if (expectRecords !== undefined && !Number.isInteger(expectRecords)) throw new UsageError('--expect-records must be an integer');
      const v = verifyLog(log, { ...(expectRecords !== undefined ? { records: expectRecords } : {}), ...(values['expect-head'] ? { head: values['expect-head'] } : {}) });
      if (v.ok) io.stdout(`audit log OK: ${v.records} records, head ${v.head}\n`);
      else io.stdout(`audit log FAILED verification (${v.records} records):\n${v.problems.map((p) => `  ${p}`).join('\n')}\n`);
      return v.ok ? EXIT.passed : EXIT.blocking;
    }
    mkdirSync(dirname(log), { recursive: true });
    if (sub === 'signoff') {
      if (!values.reviewer) throw new UsageError('signoff needs --reviewer NAME');
      const items: Record<string, string> = {};
      for (const spec of values.item ?? []) {
        const [id, state] = spec.split('=');
        if (!id || !CHECKLIST.includes(id)) throw new UsageError(`unknown checklist item "${id}"; expected ${CHECKLIST.join(', ')}`);
        if (state !== 'confirmed' && state !== 'rejected' && state !== 'n/a') throw new UsageError('--item takes ID=confirmed|rejected|n/a');
        items[id] = state;
      }
      const record = appendRecord(log, 'signoff', { reviewer: values.reviewer, commit: headCommit(root) ?? null, checklist: items, ...(values.note ? { note: values.note } : {}) });
      io.stdout(`recorded sign-off #${record.seq} (${record.hash})\n`);
      return EXIT.passed;
    }
    let report: ScanReport;
    let request: ScanRequest = { path: root };
    try {
      if (values.diff) {
        const { diffScanRequest } = await import('../../provenance/cli.js');
        const diff = diffScanRequest(request, values.diff, io);
        if (typeof diff === 'number') return diff;
        request = diff;
      }
      report = await scan(request);
    } catch (error) {
      if (error instanceof ScanError) {
        io.stderr(`skeptic attest: ${error.message}\n`);
        return EXIT.incomplete;
      }
      throw error;
    }
    const bySeverity: Record<string, number> = {};
    for (const f of report.findings) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    const fingerprints = createHash('sha256').update(report.findings.map((f) => f.fingerprint).sort().join('\n')).digest('hex');
    const record = appendRecord(log, 'scan', {
      commit: headCommit(root) ?? null,
      ...(values.diff ? { diff: values.diff } : {}),
      tool: `${report.tool.name} ${report.tool.version}`,
      analyzers: Object.entries(report.stats.byAnalyzer).filter(([, v]) => v.files > 0).map(([k]) => k),
      files: report.stats.files,
      findings: report.findings.length,
      bySeverity,
      aiFindings: report.findings.filter((f) => f.ai?.aiAuthored === true).length,
      issues: report.issues.length,
      passed: report.verdict.passed,
      // What failed, without values or snippets: enough for compliance mapping, nothing secret.
      blockingFindings: report.findings.filter((f) => isBlocking(f, policyOf(report, request))).slice(0, 500).map((f) => ({ ruleId: f.ruleId, analyzer: f.analyzer, severity: f.severity, owasp: f.owasp, path: f.location.path, line: f.location.startLine })),
      fingerprints,
      summary: `${report.findings.length} findings, ${report.verdict.blocking} blocking, ${report.verdict.passed ? 'passed' : 'failed'}`,
    });
    io.stdout(`recorded scan #${record.seq}: ${String(record.subject.summary)} (${record.hash})\n`);
    return report.verdict.passed ? EXIT.passed : EXIT.blocking;
  },
};

function policyOf(report: ScanReport, request: ScanRequest) {
  const config = request.config ?? resolveScanInput({ path: request.path }).config;
  return { failOn: report.verdict.failOn as never, minConfidence: report.verdict.minConfidence as never, strict: false, ai: config.ai };
}
