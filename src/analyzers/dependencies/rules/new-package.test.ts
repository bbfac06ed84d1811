import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../../../config/schema.js';
import type { AnalyzerContext } from '../../../core/analyzer.js';
import { analyzeDependencies } from '../analyze.js';
import { RegistryClient } from '../registry/online.js';

/** Packuments shaped like the public registry's (time.created, versions[v].deprecated), served locally. */
export async function registryServer(docs: Record<string, unknown>): Promise<{ server: Server; url: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const doc = docs[decodeURIComponent(req.url ?? '')];
    if (doc) res.end(JSON.stringify(doc));
    else { res.writeHead(404); res.end('{}'); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, hits };
}

export function context(): AnalyzerContext {
  return { root: '/', config: defaultConfig, options: { offline: false }, isRuleEnabled: () => true, count: () => {}, time: () => {} };
}

export function manifest(deps: Record<string, string>) {
  const text = JSON.stringify({ name: 'app', dependencies: deps }, null, 2);
  return { path: 'package.json', type: { kind: 'lockfile', format: 'package-json' } as const, sizeBytes: text.length, text };
}

test('a package first published days ago is new; an old one is not; a 404 is nonexistent with high confidence; answers are cached', async () => {
  const now = new Date('2026-11-21T00:00:00Z');
  const { server, url, hits } = await registryServer({
    '/fresh-pkg': { name: 'fresh-pkg', 'dist-tags': { latest: '1.0.0' }, time: { created: '2026-11-15T10:00:00Z' }, versions: { '1.0.0': {} } },
    '/old-pkg': { name: 'old-pkg', 'dist-tags': { latest: '2.0.0' }, time: { created: '2015-01-01T00:00:00Z' }, versions: { '2.0.0': {} } },
  });
  const cacheDir = mkdtempSync(join(tmpdir(), 'skeptic-registry-'));
  try {
    const registry = new RegistryClient({ npmUrl: url, cacheDir, now: () => now.getTime() });
    const target = manifest({ 'fresh-pkg': '1.0.0', 'old-pkg': '2.0.0', 'ghost-pkg-zz': '1.0.0' });
    const result = await analyzeDependencies([target], context(), { database: null, names: null, registry, now, osvApiUrl: `${url}/osv` });
    const by = (id: string) => result.findings.filter((f) => f.ruleId === id).map((f) => f.package?.name);
    assert.deepEqual(by('dependencies/new-package'), ['fresh-pkg']);
    assert.deepEqual(by('dependencies/nonexistent-package'), ['ghost-pkg-zz']);
    assert.equal(result.findings.find((f) => f.ruleId === 'dependencies/nonexistent-package')?.confidence, 'high');
    const before = hits.filter((h) => !h.startsWith('/osv')).length;
    await analyzeDependencies([target], context(), { database: null, names: null, registry, now, osvApiUrl: `${url}/osv` });
    assert.equal(hits.filter((h) => !h.startsWith('/osv')).length, before, 'second scan answered from the cache');
  } finally {
    server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
