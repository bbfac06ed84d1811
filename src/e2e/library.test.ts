import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Analyzer } from '../core/analyzer.js';
import { defaultConfig } from '../config/schema.js';
import { contextFor, newMeter, processFile } from '../scan/file-task.js';
import { scan as internalScan } from '../scan/scan.js';
import { cli, remove, tempTree } from './helpers.js';

const dirs: string[] = [];
const tree = (files: Record<string, string | Buffer>) => {
  const d = tempTree(files);
  dirs.push(d);
  return d;
};
after(() => dirs.forEach(remove));

describe('library API', () => {
  it("`import { scan } from 'skeptic'` returns the report the CLI prints", async () => {
    const lib = await import('skeptic');
    const dir = tree({ 'a.env': 'TOKEN={{fake:github-pat}}\n', 'b.txt': 'x\n' });
    const report = await lib.scan({ path: dir, analyzers: ['secrets'] });
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.tool.name, 'skeptic');
    assert.equal(report.verdict.passed, false);
    const printed = JSON.parse(cli(['scan', dir, '--analyzers', 'secrets', '--format', 'json']).stdout);
    assert.deepEqual(report.findings.map((f) => f.fingerprint), printed.findings.map((f: { fingerprint: string }) => f.fingerprint));
    assert.equal(typeof lib.reporters.sarif, 'function');
  });
});

describe('robustness', () => {
  const files = (): Record<string, string> => {
    const out: Record<string, string> = { 'a-crash-me.txt': 'x\n', 'z-token.env': 'TOKEN={{fake:github-pat}}\n' };
    for (let i = 0; i < 150; i++) out[`m${String(i).padStart(3, '0')}.txt`] = `line ${i}\n`;
    return out;
  };
  for (const workers of [1, 2]) {
    it(`a worker thread that dies becomes scan issues and the scan completes (${workers} worker${workers > 1 ? 's' : ''})`, async () => {
      const dir = tree(files());
      const report = await internalScan({ path: dir, analyzers: ['secrets'], workers, workerUrl: new URL('./crash-worker.js', import.meta.url) });
      const crashed = report.issues.filter((i) => i.code === 'analyzer-crashed');
      assert.ok(crashed.some((i) => i.path === 'a-crash-me.txt'), JSON.stringify(report.issues.slice(0, 3)));
      assert.ok(crashed.length <= 64, 'only the batch in flight is lost');
      assert.deepEqual(report.findings.map((f) => f.location.path), ['z-token.env'], 'files outside the lost batch are still analysed');
    });
  }
  it('a throwing analyzer on one file is an analyzer-crashed issue; the others still run', async () => {
    const dir = tree({ 'a.js': 'x\n' });
    const throwing: Analyzer = { id: 'code', version: 1, rules: [], accepts: () => true, analyzeFile: () => { throw new Error('boom'); } };
    const working: Analyzer = {
      id: 'ai', version: 1, rules: [], accepts: () => true,
      analyzeFile: (t) => ({ findings: [{ ruleId: 'ai/test', message: 'seen', location: { path: t.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }] }),
    };
    const context = contextFor(dir, defaultConfig, {}, [throwing, working], newMeter());
    const outcome = await processFile({ path: 'a.js', type: { kind: 'source', language: 'javascript' }, sizeBytes: 0 }, dir, [throwing, working], context, undefined);
    assert.deepEqual(outcome.issues.map((i) => [i.code, i.analyzer, i.path]), [['analyzer-crashed', 'code', 'a.js']]);
    assert.match(outcome.issues[0]!.message, /boom/);
    assert.equal(outcome.findings.length, 1);
  });
});
