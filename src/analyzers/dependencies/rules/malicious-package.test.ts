import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { configSchema } from '../../../config/schema.js';
import { scan } from '../../../scan/scan.js';
import { DatabaseBuilder } from '../advisories/database.js';
import { checkPackage } from '../check-package.js';

const now = new Date().toISOString();
const records = [
  { id: 'MAL-2099-1', modified: now, summary: 'Malicious code in evil-helper (npm)', affected: [{ package: { ecosystem: 'npm', name: 'evil-helper' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }] },
  // a compromised popular package: only the listed versions are malware
  { id: 'MAL-2099-2', modified: now, affected: [{ package: { ecosystem: 'npm', name: 'hijacked-lib' }, versions: ['0.7.29', '1.0.0'] }] },
  { id: 'MAL-2099-3', modified: now, affected: [{ package: { ecosystem: 'PyPI', name: 'Evil_Py' }, versions: ['0.1', '0.2'] }] },
];

test('MAL records are critical findings, version-aware for hijacked packages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-mal-'));
  try {
    const cache = join(dir, 'cache');
    const project = join(dir, 'p');
    mkdirSync(project);
    const b = new DatabaseBuilder();
    for (const r of records) b.add(r);
    b.write(cache, 'test');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ dependencies: { 'evil-helper': '^2.0.0', 'hijacked-lib': '^0.7.29', 'ms': '^2.1.3' }, devDependencies: { 'hijacked-lib-2': '*' } }, null, 2));
    writeFileSync(join(project, 'requirements.txt'), 'evil-py\n');
    const config = configSchema.parse({ rules: { 'dependencies/*': 'on' }, minConfidence: 'low' });
    const report = await scan({ path: project, config, analyzers: ['dependencies'], workers: 0, cacheDir: cache });
    const mal = report.findings.filter((f) => f.ruleId === 'dependencies/malicious-package');
    assert.deepEqual(mal.map((f) => f.package?.name).sort(), ['evil-helper', 'evil-py', 'hijacked-lib']);
    assert.ok(mal.every((f) => f.severity === 'critical'));
    const clean = checkPackage({ ecosystem: 'npm', name: 'hijacked-lib', version: '0.7.30' }, { cacheDir: cache });
    assert.equal(clean.malicious, false, 'a later clean release is not malicious');
    const bad = checkPackage({ ecosystem: 'npm', name: 'hijacked-lib', version: '0.7.29' }, { cacheDir: cache });
    assert.equal(bad.malicious, true);
    assert.equal(checkPackage({ ecosystem: 'PyPI', name: 'requests' }, { cacheDir: cache }).exists, true);
    assert.equal(checkPackage({ ecosystem: 'PyPI', name: 'reqeusts' }, { cacheDir: cache }).typosquatOf, 'requests');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
