import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzerContext } from '../../../../core/analyzer.js';
import { assertNearLinear } from '../../../../testing/complexity.js';
import { analyzer } from '../../analyzer.js';

const context = { root: '/', config: {}, options: {}, isRuleEnabled: (id: string) => id === 'code/python/sql-string-format', count() {}, time() {} } as unknown as AnalyzerContext;

async function scan(text: string) {
  const result = await analyzer.analyzeFile!({ path: 'a.py', type: { kind: 'source', language: 'python' }, sizeBytes: text.length, text }, context);
  return result.findings.filter((f) => f.ruleId === 'code/python/sql-string-format');
}

test('names are rated by what the module or function assigned them before the call', async () => {
  const text = 'TABLE = "events"\ndef f(v):\n    q = "SELECT a FROM %s" % TABLE\n    cur.execute(q)\n    cur.execute("SELECT a FROM t WHERE x = \'%s\'" % v)\n    v = 3\n';
  assert.deepEqual((await scan(text)).map((f) => f.location.startLine), [5]);
});

test('thousands of execute calls in one module stay linear (assignments are indexed once per scope)', async () => {
  // One search of the module per call took ~24 s at 2,000 calls. Below 1,000 calls a run is fast
  // enough that its growth to n looked superlinear (10-11x for 8x) though it is 8x from 4,000 up.
  const n = 8000;
  const found = await assertNearLinear('execute calls', n, (k) => scan(`import sqlite3\nv = input()\n${'cur.execute("SELECT a FROM t WHERE x=\'%s\'" % v)\n'.repeat(k)}`));
  assert.equal(found.length, n);
});
