import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { LocalDatabase } from './database.js';
import { updateDatabase } from './update.js';
import { readZip } from './zip.js';

/** A real zip (deflated and stored entries, central directory) built here, as OSV's exports are. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let i = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text);
    const deflate = i++ % 2 === 0;
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(deflate ? 8 : 0, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(raw.length, 24);
    cd.writeUInt16LE(nameBuf.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    central.push(cd, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}

test('db update downloads per-ecosystem zips from a configurable URL and keeps going past a failing one', async () => {
  const record = { id: 'GHSA-test-0001-aaaa', modified: '2026-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'zipped' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.1' }] }] }] };
  const withdrawn = { ...record, id: 'GHSA-test-0002-bbbb', withdrawn: '2026-01-02T00:00:00Z' };
  const body = zip({ 'GHSA-test-0001-aaaa.json': JSON.stringify(record), 'GHSA-test-0002-bbbb.json': JSON.stringify(withdrawn) });
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/osv/npm/all.zip') { res.writeHead(200, { 'content-type': 'application/zip' }); res.end(body); }
    else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const cache = mkdtempSync(join(tmpdir(), 'skeptic-update-'));
  try {
    const result = await updateDatabase(cache, { url: `http://127.0.0.1:${port}/osv/`, ecosystems: ['npm', 'PyPI'], now: new Date('2026-11-20T00:00:00Z') });
    assert.deepEqual(requests, ['/osv/npm/all.zip', '/osv/PyPI/all.zip']);
    assert.equal(result.downloaded['npm']?.records, 2);
    assert.match(result.errors.join('\n'), /PyPI.*HTTP 404/);
    const db = LocalDatabase.open(cache)!;
    assert.equal(db.meta.ecosystems['npm']?.date, '2026-11-20T00:00:00.000Z');
    assert.equal(db.query('npm', 'zipped', '1.0.0').length, 1);
    assert.equal(db.query('npm', 'zipped', '1.0.1').length, 0);
    assert.equal(db.advisoriesFor('npm', 'zipped').length, 1, 'withdrawn records are dropped');
  } finally {
    server.close();
    rmSync(cache, { recursive: true, force: true });
  }
});

test('zip reader rejects garbage and oversize entries', () => {
  assert.throws(() => [...readZip(Buffer.from('not a zip at all, just text'))], /not a zip/);
  const big = zip({ 'a.json': 'x'.repeat(5000) });
  assert.throws(() => [...readZip(big, 10, 100)], /over the limit/);
});
