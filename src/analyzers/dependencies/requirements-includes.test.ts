import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../../config/schema.js';
import type { Finding } from '../../core/finding.js';
import { scan } from '../../scan/scan.js';
import { DatabaseBuilder } from './advisories/database.js';
import { extract } from './lockfiles/index.js';
import { followRequirementIncludes, resolveInclude, type IncludeRead, type RequirementsFile } from './requirements-includes.js';

const HERE = dirname(fileURLToPath(import.meta.url));
// testdata is not compiled: read it from src/
const LADDER = join(HERE, '..', '..', '..', 'src', 'analyzers', 'dependencies', 'lockfiles', 'testdata', 'requirements-includes');

const now = new Date().toISOString();
const pysec = (id: string, name: string, introduced: string, fixed: string) => ({
  id, modified: now, summary: `demo advisory for ${name}`,
  affected: [{ package: { ecosystem: 'PyPI', name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced }, { fixed }] }] }],
});

const config = configSchema.parse({ rules: { 'dependencies/*': 'on' }, minConfidence: 'low' });

async function scanLadder(extra?: (project: string, dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-req-includes-'));
  const project = join(dir, 'project');
  cpSync(LADDER, project, { recursive: true });
  writeFileSync(join(dir, 'outside.txt'), 'outside-lib==1.0\n');
  extra?.(project, dir);
  const cache = join(dir, 'cache');
  const b = new DatabaseBuilder();
  for (const r of [pysec('PYSEC-2099-10', 'demo-py', '1.0', '1.3'), pysec('PYSEC-2099-11', 'pinned-lib', '0', '1.0.0'), pysec('PYSEC-2099-12', 'dev-lib', '0', '1.1'), pysec('PYSEC-2099-13', 'outside-lib', '0', '2.0'), pysec('PYSEC-2099-14', 'constrained-only', '0', '4.0')]) b.add(r);
  b.write(cache, 'test');
  try {
    return await scan({ path: project, config, analyzers: ['dependencies'], workers: 0, cacheDir: cache });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const where = (f: Finding) => `${f.package?.name} ${f.location.path}:${f.location.startLine}`;

test('the include ladder: -r and -c are followed relative to the including file, constraints pin ranges', async () => {
  const report = await scanLadder();
  const vulns = report.findings.filter((f) => f.ruleId === 'dependencies/known-vulnerability');
  assert.deepEqual(vulns.map(where).sort(), [
    'demo-py requirements.txt:5', // range >=1.0, pinned to 1.2 by constraints.txt
    'dev-lib dev-tools.txt:1', // only reached from requirements-dev.txt
    'pinned-lib base.txt:1', // reached twice (directly and through requirements/extra.txt), reported once
  ]);
  const demo = vulns.find((f) => f.package?.name === 'demo-py')!;
  assert.equal(demo.package?.version, '1.2');
  assert.equal(demo.advisory?.fixedIn, '1.3');
  assert.match(demo.message, /constraints\.txt:2/);
  assert.equal(vulns.find((f) => f.package?.name === 'dev-lib')!.package?.dev, true);
  assert.equal(vulns.find((f) => f.package?.name === 'pinned-lib')!.package?.dev, false);

  // a constraint declares nothing: no finding of any rule names constrained-only
  assert.deepEqual(report.findings.filter((f) => f.package?.name === 'constrained-only').map((f) => f.ruleId), []);
  // pinned by the constraint, so not "unpinned"; the include's own range still is
  assert.deepEqual(report.findings.filter((f) => f.ruleId === 'dependencies/unpinned-version').map(where), ['extra-lib requirements/extra.txt:2']);
  // the include outside the root is never read
  assert.equal(report.findings.some((f) => f.package?.name === 'outside-lib'), false);

  const issues = report.issues.filter((i) => i.analyzer === 'dependencies').map((i) => `${i.code} ${i.path}:${i.line ?? ''}`).sort();
  assert.deepEqual(issues, [
    'parse-error base.txt:', // the malformed line of an included file, named by its own path
    'parse-error cycle-b.txt:1',
    'unresolved requirements.txt:6', // missing.txt
    'unresolved requirements.txt:7', // remote
    'unresolved requirements.txt:8', // outside the root
  ]);
  const text = report.issues.map((i) => i.message).join('\n');
  assert.match(text, /missing\.txt does not exist/);
  assert.match(text, /include cycle requirements\.txt → cycle-a\.txt → cycle-b\.txt → cycle-a\.txt/);
  assert.match(text, /line 2: not a requirement: !!! not a requirement \(file included by requirements[/a-z]*\.txt:[12]\)/);
});

test('a symlink out of the root is refused; one inside the root is followed; binary includes are issues', async () => {
  const report = await scanLadder((project, dir) => {
    symlinkSync(join(dir, 'outside.txt'), join(project, 'evil.txt'));
    symlinkSync(join(project, 'base.txt'), join(project, 'alias.txt'));
    writeFileSync(join(project, 'blob.txt'), Buffer.from([0x70, 0x00, 0x01, 0x02]));
    writeFileSync(join(project, 'requirements-links.txt'), '-r evil.txt\n-r alias.txt\n-r blob.txt\n');
  });
  assert.equal(report.findings.some((f) => f.package?.name === 'outside-lib'), false, 'nothing outside the root is read');
  const issues = report.issues.filter((i) => i.path === 'requirements-links.txt').map((i) => `${i.code}:${i.line}`);
  assert.deepEqual(issues.sort(), ['read-error:3', 'symlink-outside-root:1']);
  assert.ok(report.findings.some((f) => f.ruleId === 'dependencies/known-vulnerability' && f.location.path === 'alias.txt'), 'a link inside the root is an ordinary include');
});

test('include paths resolve against the including file and never leave the root', () => {
  assert.deepEqual(resolveInclude('requirements/dev.txt', 'base.txt'), { path: 'requirements/base.txt' });
  assert.deepEqual(resolveInclude('requirements/dev.txt', '../requirements.txt'), { path: 'requirements.txt' });
  assert.deepEqual(resolveInclude('a/b/req.txt', './c/../d.txt'), { path: 'a/b/d.txt' });
  assert.ok('problem' in resolveInclude('req.txt', '../x.txt'));
  assert.ok('problem' in resolveInclude('a/req.txt', '../../x.txt'));
  assert.ok('problem' in resolveInclude('req.txt', '/etc/passwd'));
  assert.ok('problem' in resolveInclude('req.txt', 'C:\\reqs\\a.txt'));
  assert.ok('problem' in resolveInclude('req.txt', '${HOME}/r.txt'));
  assert.ok('problem' in resolveInclude('req.txt', 'https://example.invalid/r.txt'));
});

test('a long include chain and a self-include stay bounded and are reported', () => {
  const files: Record<string, string> = { 'requirements.txt': '-r requirements.txt\n-r r0.txt\n' };
  for (let i = 0; i < 100; i++) files[`r${i}.txt`] = `-r r${i + 1}.txt\npkg-${i}==1.0\n`;
  const read = (path: string): IncludeRead => (path in files ? { text: files[path]! } : { missing: true });
  const root: RequirementsFile = { target: { path: 'requirements.txt', type: { kind: 'lockfile', format: 'requirements-txt' }, sizeBytes: 0, text: files['requirements.txt']! }, extraction: extract('requirements-txt', files['requirements.txt']!, 'requirements.txt') };
  const result = followRequirementIncludes([root], read);
  assert.ok(result.issues.some((i) => i.code === 'parse-error' && i.line === 1 && /cycle requirements\.txt → requirements\.txt/.test(i.message)));
  assert.ok(result.issues.some((i) => i.code === 'unresolved' && /nested deeper than 32/.test(i.message)));
  assert.equal(result.added.length, 31);
});
