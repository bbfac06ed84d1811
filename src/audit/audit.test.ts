import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Finding } from '../core/finding.js';
import type { ScanReport } from '../core/report.js';
import { appendRecord, verifyLog, verifyText } from './chain.js';
import { compliance } from './compliance.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const BIN = join(import.meta.dirname, '../../bin/skeptic.js');

function log(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-audit-'));
  dirs.push(dir);
  return join(dir, 'audit.jsonl');
}

describe('audit hash chain', () => {
  it('verifies an intact log and detects edits, deletions, reordering and a cut tail', () => {
    const file = log();
    appendRecord(file, 'scan', { findings: 2, passed: false }, '2026-01-01T00:00:00Z');
    appendRecord(file, 'signoff', { reviewer: 'ana', checklist: { 'access-scope': 'confirmed' } }, '2026-01-02T00:00:00Z');
    const third = appendRecord(file, 'scan', { findings: 0, passed: true }, '2026-01-03T00:00:00Z');
    assert.equal(verifyLog(file).ok, true);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.equal(verifyText(lines.map((l) => l.replace('"findings":2', '"findings":0')).join('\n') + '\n').ok, false, 'edit');
    assert.equal(verifyText([lines[0], lines[2]].join('\n') + '\n').ok, false, 'deletion');
    assert.equal(verifyText([lines[1], lines[0], lines[2]].join('\n') + '\n').ok, false, 'reorder');
    writeFileSync(file, [lines[0], lines[1]].join('\n') + '\n');
    assert.equal(verifyLog(file).ok, true, 'a cut tail alone still chains');
    assert.equal(verifyLog(file, { records: 3 }).ok, false);
    assert.equal(verifyLog(file, { head: third.hash }).ok, false);
    writeFileSync(file, lines.map((l, i) => (i === 0 ? l.replace('"passed":false', '"passed":true') : l)).join('\n') + '\n');
    assert.throws(() => appendRecord(file, 'scan', {}), /fails verification/);
  });

  it('attest, signoff and verify through the CLI', () => {
    const file = log();
    const dir = join(file, '..');
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(run('attest', dir, '--log', file).status, 0);
    assert.equal(run('attest', 'signoff', dir, '--log', file, '--reviewer', 'ana', '--item', 'access-scope=confirmed').status, 0);
    assert.equal(run('attest', 'signoff', dir, '--log', file, '--reviewer', 'ana', '--item', 'bogus=confirmed').status, 2);
    const ok = run('attest', 'verify', '--log', file);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /2 records/);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"reviewer":"ana"', '"reviewer":"eve"'));
    const bad = run('attest', 'verify', '--log', file);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /edited/);
    assert.equal(run('report', 'compliance', '--log', file).status, 3, 'a broken log is refused');
  });
});

describe('compliance mapping', () => {
  const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'secrets/github-pat', analyzer: 'secrets', title: 't', severity: 'high', confidence: 'high', cwe: ['CWE-798'], owasp: [], equivalents: [], message: 'm', location: { path: 'a.js', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }, fingerprint: 'f', contentHash: 'c', ...over });
  const report = (findings: Finding[]): ScanReport => ({ schemaVersion: 1, tool: { name: 'skeptic', version: '0' }, root: '/', findings, suppressed: [], skipped: [], issues: [], stats: { files: 1, bytes: 1, durationMs: 1, byAnalyzer: { secrets: { files: 1, findings: findings.length, durationMs: 1 }, dependencies: { files: 1, findings: 0, durationMs: 1 } } }, verdict: { passed: !findings.length, blocking: findings.length, failOn: 'high', minConfidence: 'low' } });
  const status = (results: ReturnType<typeof compliance>, id: string) => results.find((r) => r.id === id)!.status;
  it('reports no evidence without a log, covered after clean scans and sign-off, failed on blocking findings', () => {
    const none = compliance({ scans: [], signoffs: [] });
    assert.equal(status(none, 'CC7.1'), 'no-evidence');
    assert.equal(status(none, 'CC8.1'), 'no-evidence');
    const signoff = { seq: 2, time: 't', kind: 'signoff' as const, subject: { reviewer: 'ana' }, prev: '', hash: '' };
    const clean = compliance({ scans: [], signoffs: [signoff], report: report([]) });
    assert.equal(status(clean, 'CC6.1'), 'covered');
    assert.equal(status(clean, 'CC8.1'), 'covered');
    assert.equal(status(clean, 'PW.4'), 'covered');
    assert.equal(status(clean, 'PW.8'), 'no-evidence');
    const dirty = compliance({ scans: [], signoffs: [], report: report([finding({}), finding({ ruleId: 'code/sqli', analyzer: 'code', owasp: ['A03:2021'] })]) });
    assert.equal(status(dirty, 'CC6.1'), 'failed');
    assert.equal(status(dirty, 'A07'), 'failed');
    assert.equal(status(dirty, 'A03'), 'failed');
    assert.equal(status(dirty, 'A10'), 'covered');
    const failedScan = { seq: 1, time: 't', kind: 'scan' as const, subject: { passed: false, summary: '1 finding', analyzers: ['secrets'] }, prev: '', hash: '' };
    assert.equal(status(compliance({ scans: [failedScan], signoffs: [] }), 'CC7.1'), 'failed');
    assert.equal(status(compliance({ scans: [{ ...failedScan, subject: { passed: true, analyzers: ['secrets'] } }], signoffs: [] }), 'CC6.1'), 'covered');
    const withSecret = compliance({ scans: [{ ...failedScan, subject: { passed: false, analyzers: ['secrets'], blockingFindings: [{ ruleId: 'secrets/github-pat', analyzer: 'secrets', severity: 'high', owasp: [], path: 'a.js', line: 3 }] } }], signoffs: [] });
    assert.equal(status(withSecret, 'CC6.1'), 'failed');
    assert.equal(status(withSecret, 'A07'), 'failed');
    const rejecting = compliance({ scans: [], signoffs: [{ ...signoff, subject: { reviewer: 'ana', checklist: { 'access-scope': 'rejected' } } }] });
    assert.equal(status(rejecting, 'CC8.1'), 'failed');
  });
});
