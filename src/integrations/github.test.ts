import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../core/finding.js';
import type { ScanReport } from '../core/report.js';
import { COMMENT_MARKER, ciLogLines, commentMarkdown, escapeMarkdown, sanitizeForCiLog } from './github.js';

const ACTION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'action');

const HOSTILE = [
  '::set-output name=passed::true',
  '  ::add-mask::x',
  'ok\n::error file=a::forged',
  'ok\r::warning::cr',
  'ok\u2028::notice::ls',
  'x ##[set-output name=a]b',
  '##vso[task.setvariable variable=a]b',
  '\t::stop-commands::abc',
];

/** What the Actions runner would treat as a command: a line whose trimmed start is `::`, or `##[` anywhere. */
function commandLines(log: string): string[] {
  return log.split(/\r?\n|\r|\u2028|\u2029/).filter((l) => l.trimStart().startsWith('::') || /##(?:vso)?\[/i.test(l));
}

function finding(message: string): Finding {
  return {
    ruleId: 'code/javascript/sql-injection', analyzer: 'code', title: 't', severity: 'high', confidence: 'high', cwe: ['CWE-89'], owasp: [], equivalents: [],
    message, location: { path: '::warning::p.js', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }, fingerprint: 'f', contentHash: 'c',
  };
}

function report(messages: string[]): ScanReport {
  return {
    schemaVersion: 1, tool: { name: 'skeptic', version: '0' }, root: '/r', findings: messages.map(finding), suppressed: [], skipped: [],
    issues: [{ code: 'parse-error', path: 'x', message: '\n::set-output name=x::y' }],
    stats: { files: 1, bytes: 1, durationMs: 1, byAnalyzer: {} },
    verdict: { passed: false, blocking: messages.length, failOn: 'high', minConfidence: 'low' },
  };
}

describe('sanitizeForCiLog', () => {
  it('leaves no line that the runner would read as a workflow command', () => {
    for (const text of HOSTILE) assert.deepEqual(commandLines(sanitizeForCiLog(text)), [], JSON.stringify(text));
  });
  it('keeps ordinary text readable', () => {
    assert.equal(sanitizeForCiLog('std::string at a.cpp:3'), 'std::string at a.cpp:3');
    assert.equal(sanitizeForCiLog('line one\nline two'), 'line one\nline two');
  });
  it('is applied to every finding, issue and path in the log lines', () => {
    assert.deepEqual(commandLines(ciLogLines(report(HOSTILE)).join('\n')), []);
  });
});

describe('PR comment', () => {
  it('starts with the marker used to find and update it, and escapes hostile markdown', () => {
    const body = commentMarkdown(report(['<img src=x onerror=alert(1)> [click](https://evil.example) @admin | ``` ']));
    assert.ok(body.startsWith(COMMENT_MARKER));
    assert.doesNotMatch(body, /(?<!\\)<img|(?<!\\)\]\\?\(https|@admin/);
    assert.equal(escapeMarkdown('a|b'), 'a\\|b');
  });
});

describe('action/report.mjs (the script the composite action runs)', () => {
  it('prints findings between stop-commands markers, writes comment, summary and outputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skeptic-action-'));
    try {
      writeFileSync(join(dir, 'report.json'), JSON.stringify(report(HOSTILE)));
      for (const f of ['summary.md', 'output.txt']) writeFileSync(join(dir, f), '');
      const r = spawnSync(process.execPath, [join(ACTION_DIR, 'report.mjs')], {
        encoding: 'utf8',
        env: { ...process.env, SKEPTIC_REPORT: join(dir, 'report.json'), SKEPTIC_COMMENT: join(dir, 'comment.md'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_OUTPUT: join(dir, 'output.txt') },
      });
      assert.equal(r.status, 0, r.stderr);
      const commands = commandLines(r.stdout);
      assert.equal(commands.length, 2, commands.join('\n'));
      const token = /^::stop-commands::(skeptic-[0-9a-f]{32})$/.exec(commands[0]!)?.[1];
      assert.ok(token, commands[0]);
      assert.equal(commands[1], `::${token}::`);
      assert.ok(readFileSync(join(dir, 'comment.md'), 'utf8').startsWith(COMMENT_MARKER));
      assert.match(readFileSync(join(dir, 'output.txt'), 'utf8'), /passed=false\nblocking=8\nfindings=8/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
