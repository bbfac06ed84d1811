import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzerContext } from '../../core/analyzer.js';
import { analyzer } from './analyzer.js';
import { assertNearLinear } from '../../testing/complexity.js';

const context = { root: '/', config: {}, options: {}, isRuleEnabled: () => true, count() {}, time() {} } as unknown as AnalyzerContext;

async function analyse(path: string, text: string) {
  const result = await analyzer.analyzeFile!({ path, type: { kind: 'source', language: path.endsWith('.py') ? 'python' : 'javascript' }, sizeBytes: text.length, text }, context);
  return { findings: result.findings, issues: result.issues ?? [] };
}

// File-wide tests (is Buffer defined here? is Popen imported?) once per file, not once per match.
test('thousands of matches of a rule with a file-wide test stay linear', async () => {
  const n = 24_000;
  // Once per match this took ~12 s (650 kB).
  const js = await assertNearLinear('new Buffer', n, (k) => analyse('a.js', `function f(x) {\n${'  const b = new Buffer(x);\n'.repeat(k)}}\n`));
  assert.equal(js.findings.filter((f) => f.ruleId === 'code/javascript/new-buffer').length, n);
  assert.deepEqual(js.issues, []);
  const local = await analyse('b.js', `class Buffer {}\nfunction f(x) { return new Buffer(x); }\n`);
  assert.deepEqual(local.findings.filter((f) => f.ruleId === 'code/javascript/new-buffer'), [], 'a local Buffer class is not Node\'s');
});

test('a bare subprocess name counts only where the file imports it', async () => {
  const imported = await analyse('a.py', 'from subprocess import Popen\ndef f(c):\n    Popen(c, shell=True)\n');
  const other = await analyse('b.py', 'from mylib import Popen\ndef f(c):\n    Popen(c, shell=True)\n');
  assert.equal(imported.findings.filter((f) => f.ruleId === 'code/python/subprocess-shell-true').length, 1);
  assert.equal(other.findings.filter((f) => f.ruleId === 'code/python/subprocess-shell-true').length, 0);
});

test('comparisons against a huge resolved value do not copy it out each time', async () => {
  const n = 6000;
  const text = (k: number) => `const crypto = require('crypto');\nconst s = [${Array.from({ length: k }, (_, i) => `crypto.createHmac('sha256', k).update('${i}').digest('hex')`).join(',')}];\n${'if (a === s) f();\n'.repeat(k)}const mac = crypto.createHmac('sha256', k).update(b).digest('hex');\nif (sig === mac) ok();\n`;
  // Copying the 450 kB initialiser per comparison took several seconds.
  const r = await assertNearLinear('hmac comparisons', n, (k) => analyse('a.js', text(k)));
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'code/javascript/hmac-timing-compare').map((f) => f.location.startLine), [n + 4]);
});

test('thousands of weak-hash calls in one statement read only each statement\'s head', async () => {
  const n = 8000;
  const text = (k: number) => `const crypto = require('crypto');\nconst hs = [\n${Array.from({ length: k }, (_, i) => `  crypto.createHash('md5').update(x${i}).digest('hex'),\n`).join('')}];\n`;
  // Copying the whole 450 kB statement per call took ~6 s.
  const r = await assertNearLinear('weak-hash calls', n, (k) => analyse('a.js', text(k)));
  assert.equal(r.findings.filter((f) => f.ruleId === 'code/javascript/weak-hash').length, n);
});
