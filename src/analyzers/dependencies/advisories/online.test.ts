import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { analyzeDependencies } from '../analyze.js';
import { defaultConfig } from '../../../config/schema.js';
import type { AnalyzerContext } from '../../../core/analyzer.js';

test('--online asks the OSV batch API, fetches each record, and reports the fixed version', async () => {
  const record = { id: 'GHSA-onln-0001-aaaa', aliases: ['CVE-2099-7'], modified: '2026-01-01T00:00:00Z', summary: 'online only',
    affected: [{ package: { ecosystem: 'npm', name: 'net-lib' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '3.0.1' }] }] }] };
  const seen: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url === '/v1/querybatch') {
        const queries = JSON.parse(body).queries as { package: { name: string }; version: string }[];
        res.end(JSON.stringify({ results: queries.map((q) => (q.package.name === 'net-lib' ? { vulns: [{ id: record.id }] } : {})) }));
      } else if (req.url === `/v1/vulns/${record.id}`) res.end(JSON.stringify(record));
      else { res.writeHead(404); res.end(); }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const context = (offline: boolean): AnalyzerContext => ({ root: '/', config: defaultConfig, options: { offline }, isRuleEnabled: () => true, count: () => {}, time: () => {} });
  const text = JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { 'net-lib': '^3.0.0' } }, 'node_modules/net-lib': { version: '3.0.0' }, 'node_modules/other': { version: '1.0.0' } } }, null, 2);
  const target = { path: 'package-lock.json', type: { kind: 'lockfile', format: 'package-lock' } as const, sizeBytes: text.length, text };
  try {
    const result = await analyzeDependencies([target], context(false), { database: null, names: null, osvApiUrl: url });
    const vulns = result.findings.filter((f) => f.ruleId === 'dependencies/known-vulnerability');
    assert.equal(vulns.length, 1);
    assert.equal(vulns[0]!.advisory?.fixedIn, '3.0.1');
    assert.deepEqual(seen, ['POST /v1/querybatch', `GET /v1/vulns/${record.id}`]);
    assert.ok(!result.issues?.some((i) => i.code === 'data-missing'));
    server.close();
    const down = await analyzeDependencies([target], context(false), { database: null, names: null, osvApiUrl: url });
    assert.ok(down.issues?.some((i) => i.code === 'network-error'), 'an unreachable API is a recorded issue');
    assert.ok(down.issues?.some((i) => i.code === 'data-missing'));
  } finally {
    server.close();
  }
});
